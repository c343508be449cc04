import { mount } from 'svelte'
import App from './App.svelte'
import './app.css'
import { registerServiceWorker } from './sw/register.ts'

const target = document.getElementById('app')
if (!target) throw new Error('#app is missing in index.html')

registerServiceWorker()

export default mount(App, { target })
