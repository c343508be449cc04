/** Largest body of `POST /api/boards` without `import`: a title, a template id and a language
 * (MAX_BODY_BYTES applies when it is lower). A body with `import` may take IMPORT_MAX_BYTES. */
export const CREATE_BODY_MAX_BYTES = 8 * 1024
