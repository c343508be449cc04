import { seatOnRole } from '../../../../shared/ops/seatOnRole.ts'
import { assignmentId, type Raci } from '../../../../shared/schema/index.ts'
import type { Point } from '../geometry/geometry.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import type { Session } from '../editor/session.svelte.ts'
import { t } from '../i18n/i18n.svelte.ts'

/** Asked when nothing else is known: who is put on a role usually answers for it. */
export const DEFAULT_RACI: Raci = 'A'

/** A person card let go on a role card, waiting for the letter of the assignment. */
export interface RaciQuestion {
  personId: string
  roleId: string
  /** Where the person card's centre landed (board units): the chooser opens there. */
  at: Point
  /** The letter marked first (Enter takes it): the cell's letter if there is one, else A. */
  preset: Raci
}

/** The open question, per board view (its Session). */
class RaciChooserState {
  question = $state<RaciQuestion | null>(null)
}

const STATES = new WeakMap<Session, RaciChooserState>()

/** The RACI chooser's state for this board view. */
export function raciChooser(session: Session): RaciChooserState {
  let state = STATES.get(session)
  if (!state) {
    state = new RaciChooserState()
    STATES.set(session, state)
  }
  return state
}

function names(editor: Editor, question: RaciQuestion): { person: string; role: string } {
  const person = editor.board.get(question.personId)
  const role = editor.board.get(question.roleId)
  return {
    person: (person?.kind === 'person' && person.name) || t('card.unnamed'),
    role: (role?.kind === 'role' && role.title) || t('card.unnamed'),
  }
}

/**
 * Asks which letter a person dropped on a role takes: the role stays outlined and the chooser
 * opens at the drop. The move itself is already written (its own undo step).
 */
export function askRaci(editor: Editor, personId: string, roleId: string, at: Point): void {
  const cell = editor.board.assignments
    .forRole(roleId)
    .find((a) => a.id === assignmentId(personId, roleId))
  raciChooser(editor.session).question = {
    personId,
    roleId,
    at,
    preset: cell?.raci ?? DEFAULT_RACI,
  }
  editor.setBindTarget(roleId)
}

function close(editor: Editor, question: RaciQuestion): void {
  raciChooser(editor.session).question = null
  if (editor.session.bindTarget === question.roleId) editor.setBindTarget(null)
}

/**
 * The answer: assigns the person with `raci` and seats their card under the role's title
 * (`seatOnRole`, one undo step), and says so in the live region.
 */
export function answerRaci(editor: Editor, raci: Raci): void {
  const question = raciChooser(editor.session).question
  if (!question) return
  close(editor, question)
  const said = names(editor, question)
  const id = editor.board.run(seatOnRole, {
    personId: question.personId,
    roleId: question.roleId,
    raci,
  })
  if (id === null) return
  editor.session.announce(
    t('assign.done', { ...said, letter: raci, meaning: t(`raciChooser.${raci}`) }),
  )
}

/** No answer (Escape, "Nur verschieben", a press elsewhere): the move stays, nothing assigned. */
export function dismissRaci(editor: Editor): void {
  const question = raciChooser(editor.session).question
  if (!question) return
  close(editor, question)
  editor.session.announce(t('assign.kept', names(editor, question)))
}
