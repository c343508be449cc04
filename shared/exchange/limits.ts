/** Limits of a board JSON, checked before anything is built from it (see parseBoardJson). */

/**
 * Elements one file may hold. The server checks the built board against its MAX_BOARD_ITEMS
 * too (a note is about ten items, so its default of 200,000 items is about 20,000 notes); this
 * bound stops a file of empty elements before anything is built.
 */
export const IMPORT_MAX_ELEMENTS = 100_000
/** Assignments and conflict rules one file may hold (each). */
export const IMPORT_MAX_ENTRIES = 100_000
/** Images one file may name. */
export const IMPORT_MAX_IMAGES = 10_000
/** Keys of one object (an element, a connector end, meta): an element has about twenty. */
export const IMPORT_MAX_KEYS = 500
/** Length of one key. */
export const IMPORT_MAX_KEY_LENGTH = 200
/** Length of an element, assignment or rule id. */
export const IMPORT_MAX_ID_LENGTH = 128
/** Characters of one string: a text is cut at 10,000 when read, so this leaves room. */
export const IMPORT_MAX_STRING_LENGTH = 100_000
/** Items of one list: a pen stroke has at most 15,000 numbers (5,000 points). */
export const IMPORT_MAX_LIST_LENGTH = 100_000
/**
 * Nesting of objects and lists, counted from the file's top (the file, `elements`, an element,
 * its `data`, a key's value are five): a connector end is two deeper than its element.
 */
export const IMPORT_MAX_DEPTH = 24
