import { NO_INSETS, sameCamera, type Camera, type Insets } from '../geometry/camera.ts'
import type { Point, Size } from '../geometry/geometry.ts'
import { idSet } from '../model/idSet.ts'
import { Navigation } from './navigation.svelte.ts'
import { ContextMenuState } from './contextMenu.svelte.ts'
import { DomainView } from './domainView.svelte.ts'
import { TemplateDialogs } from './templateDialogs.svelte.ts'
import { Toasts, type ToastTone } from './toasts.svelte.ts'
import type { ToolName } from '../tools/types.ts'
import {
  DEFAULT_INK,
  DEFAULT_STROKE_WIDTH,
  type BoardElement,
  type InkColor,
} from '../../../../shared/schema/index.ts'

/**
 * What is local to this person and this tab: the view, the selection, what is being edited.
 * Never synced (later, parts of it go into awareness for cursors and follow mode).
 */
export class Session {
  camera = $state.raw<Camera>({ x: 0, y: 0, zoom: 1 })
  viewport = $state.raw<Size>({ width: 0, height: 0 })
  /** Where floating controls cover the canvas; fitting and centring avoid it. */
  insets = $state.raw<Insets>(NO_INSETS)
  selection = $state.raw<ReadonlySet<string>>(idSet())
  /** The note whose text is being edited in place, if any. */
  editingId = $state<string | null>(null)
  /** The note being edited in the list view, if any. */
  listEditingId = $state<string | null>(null)
  /** Space held down: dragging pans whatever is under the pointer. */
  spaceHeld = $state(false)
  /** The keyboard shortcut help dialog is open. */
  helpOpen = $state(false)
  /** The "Exportieren" dialog is open (any right may export what it sees). */
  exportOpen = $state(false)
  /** The active tool (select, hand, a creation tool, pen, eraser). Change it with Editor.setTool. */
  tool = $state<ToolName>('select')
  /** Creation tools stay active after creating (the tool lock), instead of returning to select. */
  keepTool = $state(false)
  /** Colour and width of the next pen strokes. */
  penColor = $state<InkColor>(DEFAULT_INK)
  penWidth = $state<number>(DEFAULT_STROKE_WIDTH)
  /** What the active tool is drawing and not yet written (only this person sees it). */
  preview = $state.raw<readonly BoardElement[]>([])
  /**
   * Elements this person's drag is moving (selection and frame content), empty otherwise: the
   * canvas draws them above a cached picture of the rest instead of redrawing the board.
   */
  moving = $state.raw<ReadonlySet<string>>(idSet())
  /**
   * Where the pointer is over the canvas (screen pixels), null while it is elsewhere: paste
   * lands there (else in the middle of the view). Not reactive: nothing is drawn from it.
   */
  pointer: Point | null = null
  /** The element a connector end being dragged would bind to (outlined), if any. */
  bindTarget = $state<string | null>(null)
  /** The list view panel is open. */
  listOpen = $state(false)
  /** The latest message for screen readers (a polite live region on the board page reads it). */
  announcement = $state('')
  /** The camera was placed once (zoom to fit after the first sync). */
  placed = $state(false)
  /** Marquee, snap guides, grid, minimap and board search (navigation.svelte.ts). */
  readonly nav = new Navigation()
  /** The context menu, when open (contextMenu.svelte.ts). */
  readonly menu = new ContextMenuState()
  /** The domain panels, the ecosystem filter and the canvas markers (domain/domainView.svelte.ts). */
  readonly domain = new DomainView()
  /** "Vorlage einfügen" and "Als Vorlage speichern" (templates/templateDialogs.svelte.ts). */
  readonly templates = new TemplateDialogs()
  /** Short visible messages for sighted people (toasts.svelte.ts); see notify. */
  readonly toasts = new Toasts()

  setCamera(camera: Camera): void {
    if (!sameCamera(camera, this.camera)) this.camera = camera
  }

  /** A resize (window, list view opening) keeps the middle of the view where it was. */
  setViewport(size: Size): void {
    const old = this.viewport
    if (size.width === old.width && size.height === old.height) return
    if (old.width > 0 && old.height > 0 && size.width > 0 && size.height > 0) {
      const { x, y, zoom } = this.camera
      this.camera = {
        x: x + (old.width - size.width) / 2 / zoom,
        y: y + (old.height - size.height) / 2 / zoom,
        zoom,
      }
    }
    this.viewport = size
  }

  setInset(side: keyof Insets, pixels: number): void {
    if (this.insets[side] !== pixels) this.insets = { ...this.insets, [side]: pixels }
  }

  select(ids: Iterable<string>): void {
    const next = idSet(ids)
    if (next.size === this.selection.size && [...next].every((id) => this.selection.has(id))) return
    this.selection = next
  }

  /** Says something to screen readers; the same message twice is read twice. */
  announce(message: string): void {
    // A changed text is what a live region reads: clear first when it repeats.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message
  }

  /**
   * Tells everyone at this screen: a toast for sighted people and the same words for screen
   * readers (what happened after "Alle zu mir", a new conflict of interest).
   */
  notify(message: string, tone: ToastTone = 'info'): void {
    this.toasts.show(message, tone)
    this.announce(message)
  }

  isSelected(id: string): boolean {
    return this.selection.has(id)
  }

  /** Drops ids that no longer exist (someone else deleted them). */
  pruneSelection(exists: (id: string) => boolean): void {
    if ([...this.selection].some((id) => !exists(id))) {
      this.selection = idSet([...this.selection].filter(exists))
    }
  }
}
