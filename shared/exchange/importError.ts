/** One thing wrong with a file to import, and where: a path like `elements.12.data.type`. */
export interface ImportProblem {
  path: string
  message: string
}

/**
 * A file that cannot be imported: a code for programs, a sentence for people, and where the
 * problems are. Nothing has been created when it is thrown.
 */
export class BoardImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problems: ImportProblem[] = [],
  ) {
    super(message)
    this.name = 'BoardImportError'
  }
}
