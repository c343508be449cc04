import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { build } from 'vite'

const ENTRY = fileURLToPath(new URL('./harness/pictureHarness.ts', import.meta.url))

let bundle: Promise<string> | null = null

/**
 * The client's picture code (canvas backend, PNG export, app font) bundled by Vite as one
 * script, fonts inlined: the browser tests run the real modules in Chromium without a page of
 * the app around them.
 */
function harnessScript(): Promise<string> {
  bundle ??= (async () => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'werkraumPicture' },
      },
    })
    const outputs = (Array.isArray(out) ? out : [out]) as BuildOutput[]
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')
    if (chunk?.code === undefined) throw new Error('the picture harness did not build')
    return chunk.code
  })()
  return bundle
}

/** The part of Vite's build result read here. */
interface BuildOutput {
  output: { type: string; code?: string }[]
}

/** Opens a blank page with `window.werkraumPicture` (see harness/pictureHarness.ts). */
export async function openPictureHarness(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html lang="de"><body></body></html>')
  await page.addScriptTag({ content: await harnessScript() })
  await page.evaluate(() => (window as unknown as HarnessWindow).werkraumPicture.loadAppFont())
}

/** What the harness puts on `window`. */
export interface HarnessWindow {
  werkraumPicture: typeof import('./harness/pictureHarness.ts')
}
