import type { PersonLoad, RoleHolder } from '../domain/assignmentFacts.ts'
import type { RelationKind } from '../vocabulary/relationKinds.ts'
import type { Actor, Person, Role } from '../schema/index.ts'

/**
 * Everything the domain cards show that is not on the element itself: the words in the
 * reader's language and what other parts of the document say (who holds a role). Built by
 * `cardTextsFrom` from the domain's facts: read from the document (`cardTextsFor`, the exports)
 * or from the board page's live indexes; the describers only read it.
 */
export interface CardTexts {
  /** The category's name ("Verwaltung", or the custom category's own). */
  category(actor: Actor): string
  /** "Ring · Handlungsfeld", '' when neither is known. */
  place(actor: Actor): string
  /** The role's group ("Steuerung"), '' for none. */
  group(role: Role): string
  /** Who holds the role (`roleHolders`), a card without a name as `unnamed`. */
  holders(roleId: string): readonly RoleHolder[]
  /** The marker on a role nobody holds. */
  vacant: string
  /** "Person" or "Org.-Einheit": the person card's badge. */
  personKind(person: Person): string
  load(personId: string): PersonLoad
  /** "60 % von 80 %": the time a person's roles take of what they have. */
  time(person: Person, load: PersonLoad): string
  /** Shown for a card without a name or title. */
  unnamed: string
  /** A relation kind's name, drawn on relations without a label of their own. */
  relation(kind: RelationKind): string
}
