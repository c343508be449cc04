import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { Point, Rect } from '../../../../shared/geometry/types.ts'
import type { DescribeContext } from '../../../../shared/picture/describe/context.ts'
import type { GroupPrimitive } from '../../../../shared/picture/primitives.ts'
import type {
  BoardElement,
  Connector,
  InkColor,
  ShapeKind,
} from '../../../../shared/schema/index.ts'
import type { Board } from '../model/board.svelte.ts'
import type { ConnectorHitTest } from '../geometry/connectorHit.ts'
import type { MessageKey } from '../i18n/de.ts'
import type { MessageParams } from '../i18n/format.ts'

/** Every kind of element the board holds, the placeholder for what it cannot read included. */
export type ElementKind = BoardElement['kind']

/** The read element of one kind: `ElementOf<'note'>` is a Note. */
export type ElementOf<K extends ElementKind> = Extract<BoardElement, { kind: K }>

/** The message catalogue's lookup, passed in so that descriptions stay testable per language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string

/** What a creation tool, a keyboard placement or the pen asks to be made. */
export type NewElement =
  | { type: 'note'; rect: Rect }
  | { type: 'text'; rect: Rect }
  | { type: 'shape'; shape: ShapeKind; rect: Rect }
  | { type: 'frame'; rect: Rect }
  /** The domain cards (tools/cardTools.ts): an actor, a custom role, a person. */
  | { type: 'actor'; rect: Rect }
  | { type: 'role'; rect: Rect }
  | { type: 'person'; rect: Rect }
  /** Absolute board points x, y, pressure, … as drawn. */
  | { type: 'stroke'; points: readonly number[]; pressure: boolean }

/** The kinds a person can make on the board. */
export type CreatableKind = NewElement['type']

/** The request to make one element of kind `K`. */
export type NewElementOf<K extends CreatableKind> = Extract<NewElement, { type: K }>

/** The kinds placed by a rectangle (a click or a drag), unlike a pen stroke. */
export type PlacedKind = Extract<NewElement, { rect: Rect }>['type']

/** What a creation tool of kind `K` makes, without the rectangle (the shape's kind, say). */
export type CreationOf<K extends PlacedKind> = K extends PlacedKind
  ? Omit<NewElementOf<K>, 'rect'>
  : never

/** What a creation tool makes: a note, a text block, a shape of one kind, a frame, a card. */
export type CreationKind = CreationOf<PlacedKind>

/** What describing an element in words needs besides the element. */
export interface DescribeEnv {
  t: Translate
  /** Another element by id (a connector names its ends by their text). */
  lookup(id: string): BoardElement | undefined
  /** A connector's path now, which says which way it runs; absent or null: not said. */
  connectorPath?(connector: Connector): ConnectorPath | null
}

/** What placing an in-place text field needs besides the element. */
export interface TextBoxEnv {
  /** A connector's path now (its label sits at the middle of it). */
  connectorPath(connector: Connector): ConnectorPath | null
}

/** Where the in-place text field sits and how its text looks, in board units. */
export interface TextBoxLayout {
  rect: Rect
  fontSize: number
  lineHeight: number
  align: 'left' | 'center' | 'right'
  /** CSS colours of the text and of the field behind it. */
  color: string
  background: string
  /** CSS padding in board units, e.g. "8px" or "30px 8px 8px". */
  padding: string
  fontWeight: 400 | 600
}

/**
 * The text of an element that is typed in place over the canvas (Enter or a double-click):
 * which text, in which box, at which size and alignment, and how typing ends.
 * Methods, not function properties, on purpose: a spec of one kind then serves where any kind's
 * is expected (the lookups in `index.ts` hand it only elements of its own kind).
 */
export interface TextBox<E extends BoardElement> {
  read(el: E): string
  /** The field's accessible name ("Text der Notiz", "Titel des Rahmens"). */
  label(el: E): MessageKey
  /** The field's place and look while `value` is typed (a note's text shrinks as it grows). */
  layout(el: E, value: string, env: TextBoxEnv): TextBoxLayout
  /** Longest text the field takes; undefined: the document's limit for any text. */
  maxLength(el: E): number | undefined
  /** Enter ends typing (a title, a name); otherwise it breaks the line and Ctrl+Enter ends. */
  readonly enterEnds: boolean
  /** The text is one phrase: line breaks (pasted) become spaces. */
  readonly oneLine: boolean
  /** Where the caret starts: after the text, or with all of it selected. */
  readonly caret: 'end' | 'selectAll'
  /** The element grows downwards while its text needs more lines (a text block). */
  readonly grows: boolean
  /** Whether the list view edits this text too, and how it names the field and buttons. */
  readonly list: ListText<E> | null
}

/** The list view's edit and delete buttons name the kind: "Form „…“ bearbeiten". */
export type ListButtonKind =
  'text' | 'shape' | 'frame' | 'connector' | 'line' | 'actor' | 'role' | 'person' | 'orgUnit'

/** How the list view edits an element's text. */
export interface ListText<E extends BoardElement> {
  /** The list's text field's name. */
  readonly fieldLabel: MessageKey
  /** Shown for an empty text ("(leere Notiz)", "(ohne Text)"). */
  readonly empty: MessageKey
  /** Which kind the buttons name; null: a note's ("Notiz „…“ bearbeiten"). */
  buttonKind(el: E): ListButtonKind | null
}

/** Size of an element made by a click, in board units. */
export interface Size {
  w: number
  h: number
}

/** How elements of a kind are placed by a rectangle: a click, a drag or the keyboard. */
export interface Placing<K extends PlacedKind> {
  /** The size a click makes (and the least a drag makes). */
  readonly size: Size
  /** A drag keeps the rectangle square without Shift (notes are square). */
  readonly square: boolean
  /** A click puts the element's left edge at the pointer (a text block) instead of its centre. */
  readonly fromPointer: boolean
  /** How the live region names what was placed by keyboard ("Notiz", "Ellipse"). */
  name(kind: CreationOf<K>, t: Translate): string
}

/** The pen's current style, for strokes. */
export interface PenStyle {
  color: InkColor
  width: number
}

/** How an element of a kind is made. */
export interface Creation<K extends CreatableKind> {
  /** As the new element will look with default styles: the preview while drawing it. */
  ghost(spec: NewElementOf<K>): ElementOf<K>
  /** Writes it with `board.run` (inside the caller's step, so the first typing joins its undo step). */
  create(board: Board, spec: NewElementOf<K>, pen: PenStyle): string | null
  /** The person types its text right after making it (a note, a text block, a card's name). */
  readonly typeNow: boolean
  /** Null for kinds drawn point by point (strokes). */
  readonly placing: K extends PlacedKind ? Placing<K> : null
}

/** Everything the client knows about one element kind. */
export interface KindSpec<K extends ElementKind> {
  readonly kind: K
  /** The shared picture's describer: the same drawing on screen and in every export. */
  draw(el: ElementOf<K>, ctx: DescribeContext): GroupPrimitive
  /** Whether board point `p` is on the element, with `tolerance` board units of slop. */
  hit(el: ElementOf<K>, p: Point, tolerance: number, connectors?: ConnectorHitTest): boolean
  /** What the list view and screen readers call it ("Ellipse: Bürger:innen"). */
  describe(el: ElementOf<K>, env: DescribeEnv): string
  /** Its text edited in place, or null. */
  readonly text: TextBox<ElementOf<K>> | null
  /** How it is made, or null for kinds that come only by paste, upload or import. */
  readonly creation: K extends CreatableKind ? Creation<K> : null
  /** Its picture shows other elements' facts (who holds a role): drawn again when those change. */
  readonly showsOthers: boolean
}
