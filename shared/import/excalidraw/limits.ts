/**
 * How much of an Excalidraw file Werkraum reads. A file beyond these is refused whole with a
 * message naming the limit, before anything is created.
 */

/** Largest file (characters of JSON text; embedded pictures make up most of a large one). */
export const EXCALIDRAW_MAX_CHARS = 32 * 1024 * 1024
/** Most elements in the file, deleted ones included. */
export const EXCALIDRAW_MAX_ELEMENTS = 20_000
/** Deepest nesting of arrays and objects (a scene needs five levels; appState and customData a few more). */
export const EXCALIDRAW_MAX_DEPTH = 32
/** Longest text of one text element (Werkraum keeps the first 10,000 characters of it). */
export const EXCALIDRAW_MAX_TEXT = 100_000
/** Longest id, type, colour, font name and other short string. */
export const EXCALIDRAW_MAX_SHORT_STRING = 256
/** Longest frame name (Werkraum keeps the first 200 characters). */
export const EXCALIDRAW_MAX_NAME = 2_000
/** Most points of one line, arrow or freedraw (a stroke keeps at most 5,000). */
export const EXCALIDRAW_MAX_POINTS = 50_000
/** Most group ids one element carries. */
export const EXCALIDRAW_MAX_GROUPS = 64
/** Most entries in one element's `boundElements`. */
export const EXCALIDRAW_MAX_BOUND = 1_000
/** Most embedded files (pictures). */
export const EXCALIDRAW_MAX_FILES = 500
/** Longest data URL of one picture (about 15 MB of bytes once decoded). */
export const EXCALIDRAW_MAX_DATA_URL = 20 * 1024 * 1024
/** Largest coordinate or size (board units), as Werkraum's own schema allows. */
export const EXCALIDRAW_MAX_COORDINATE = 1e7
