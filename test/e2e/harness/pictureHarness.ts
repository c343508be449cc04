// Loaded into a blank page by test/e2e/pictureHarness.ts: the client's picture code, bundled as
// the app bundles it (fonts included), on `window.werkraumPicture` for the browser tests.
export { pictureToPng, PictureTooLargeError } from '../../../client/src/lib/export/pictureToPng.ts'
export { drawPrimitives } from '../../../client/src/lib/render/canvasBackend.ts'
export { loadAppFont, canvasFont } from '../../../client/src/lib/font/appFont.ts'
