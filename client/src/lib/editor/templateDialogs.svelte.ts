/**
 * The template dialogs of the board page (part of the Session, never synced): the action
 * registry opens them, the dialogs close them.
 */
export class TemplateDialogs {
  /** "Vorlage einfügen" is open. */
  insertOpen = $state(false)
  /** "Als Vorlage speichern" is open. */
  saveOpen = $state(false)
  /** This person may save the board as a template: facilitators (set by the board page). */
  canSave = $state(false)
}
