import type { RelationKind } from '../domain/relationKinds.ts'
import type { Actor, Person, Raci, Role } from '../schema/index.ts'

/** Someone who holds (or takes part in) a role, as a role card shows them. */
export interface RoleHolder {
  personId: string
  name: string
  raci: Raci
}

/** How much of a person's time their roles take, as their card shows it. */
export interface PersonLoad {
  /** Roles held (R or A). */
  roles: number
  /** Sum of the assignments' shares, percent of a full-time position. */
  used: number
}

/**
 * Everything the domain cards show that is not on the element itself: the words in the
 * reader's language and what other parts of the document say (who holds a role). Built from the
 * document by `cardTextsFor` (the exports) or by the board page from its live indexes; the
 * describers only read it.
 */
export interface CardTexts {
  /** The category's name ("Verwaltung", or the custom category's own). */
  category(actor: Actor): string
  /** "Ring · Handlungsfeld", '' when neither is known. */
  place(actor: Actor): string
  /** The role's group ("Steuerung"), '' for none. */
  group(role: Role): string
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
