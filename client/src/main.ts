import { mount } from 'svelte'
import App from './App.svelte'
import './app.css'
import { registerServiceWorker } from './sw/register.ts'
import { loadAppFont } from './lib/font/appFont.ts'

const target = document.getElementById('app')
if (!target) throw new Error('#app is missing in index.html')

registerServiceWorker()
// Started before anything is drawn: the canvas waits for it, the page's text swaps to it.
void loadAppFont()

export default mount(App, { target })
