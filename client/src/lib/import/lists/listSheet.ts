/** One sheet of a list file: its name and its raw rows. A CSV file is one sheet. */
export interface ListSheet {
  name: string
  rows: unknown[][]
}
