/** The board's import dialog: whether it is open (the "Importieren" action opens it). */
class ImportDialogState {
  open = $state(false)
}

/** One for the page: a page shows one board at a time. */
export const importDialog = new ImportDialogState()
