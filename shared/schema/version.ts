/** The document schema version this code writes. Older documents are migrated on load. */
export const SCHEMA_VERSION = 2
