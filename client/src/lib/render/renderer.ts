import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { CardTexts } from '../../../../shared/picture/cardTexts.ts'
import { missingImageBox } from '../../../../shared/picture/missingImages.ts'
import { PICTURE_WORDS } from '../../../../shared/picture/wording.ts'
import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import { visibleRect, type Camera } from '../geometry/camera.ts'
import { intersects, type Rect, type Size } from '../geometry/geometry.ts'
import { HANDLE_SIZE, HANDLES, handlePositions } from '../geometry/hitTest.ts'
import { drawElement, type DrawContext } from './drawElements.ts'
import type { ImageSource } from './imageCache.ts'
import type { ConnectorRouter } from '../geometry/connectorRouter.ts'
import { drawBindTarget, drawConnectorSelection } from './drawConnectorSelection.ts'
import { ElementPictures } from './elementPictures.ts'
import { drawNavigationOverlay, type NavigationOverlay } from './overlays.ts'
import { drawElementsBatched } from './lodBatch.ts'
import {
  layerCovers,
  layerMarginFor,
  layerOffset,
  layerRegionFor,
  type LayerRegion,
} from './sceneLayer.ts'
import { liftedIds } from './lifted.ts'
import { drawDomainOverlay, type DomainOverlay } from './domainOverlay.ts'
import { countNotes, levelOfDetail, type LevelOfDetail } from './levelOfDetail.ts'
import { currentPalette, type CanvasPalette } from './palette.ts'

export interface Scene {
  camera: Camera
  viewport: Size
  /** Bottom to top. */
  elements: readonly BoardElement[]
  selection: ReadonlySet<string>
  editingId: string | null
  /** Draw resize handles (edit right, one element selected, not editing). */
  showHandles: boolean
  /** The reader's language: placeholders, frame titles and card words in it. */
  language: Locale
  /** What a tool is drawing and not yet written (drawn on top, seen only here). */
  preview?: readonly BoardElement[]
  /** Marquee, snap guides and search highlights (render/overlays.ts). */
  navigation?: NavigationOverlay
  /** Warning markers and the ecosystem filter's dimming (render/domainOverlay.ts). */
  domain?: DomainOverlay
  /** Board images, loaded on demand; without it images are grey boxes. */
  images?: ImageSource
  /** Words and facts the domain cards show; the caller bumps `version` when they change. */
  cards?: CardTexts
  /** Derives connector paths (from their ends and bound elements); without it none are drawn. */
  connectors?: ConnectorRouter
  /** Bounds of the element a connector end being dragged would bind to: outlined. */
  bindTarget?: Rect | null
  /**
   * Changes whenever what the elements look like may have changed (document, loaded images,
   * language). With it, the drawn board is cached while only the view moves; without it every
   * frame draws everything.
   */
  version?: number
  /**
   * Elements being moved by this person's drag. They are drawn above a cached picture of the
   * rest (with the connectors bound to them), so a drag frame copies the picture and draws only
   * what moves. The caller keeps `version` unchanged while only these elements change.
   */
  moving?: ReadonlySet<string>
}

export interface FrameStats {
  drawn: number
  culled: number
}

/** Board elements outside the view (with a margin for shadows) are skipped. */
export function visibleElements(
  elements: readonly BoardElement[],
  view: Rect,
  connectors?: ConnectorRouter,
): BoardElement[] {
  const margin = { x: view.x - 8, y: view.y - 8, w: view.w + 16, h: view.h + 16 }
  return elements.filter((el) =>
    // A connector's stored box goes stale when its elements move: cull by its path.
    el.kind === 'connector'
      ? intersects(connectors?.bounds(el) ?? el, {
          ...margin,
          x: margin.x - 32,
          y: margin.y - 32,
          w: margin.w + 64,
          h: margin.h + 64,
        })
      : intersects(el, margin),
  )
}

/**
 * Draws the board on one canvas with Canvas 2D: each element's shared description (the one
 * every export draws) through the canvas backend. Owns the descriptions and their text layouts
 * for as long as the canvas lives. The caller decides when to draw (once per animation frame
 * with changes).
 */
export class Renderer {
  readonly #ctx: CanvasRenderingContext2D
  #pictures: ElementPictures | null = null
  /** Stands in for `scene.version` when a scene has none: cards are described every frame. */
  #unversioned = 0

  constructor(ctx: CanvasRenderingContext2D) {
    this.#ctx = ctx
  }

  /** This frame's descriptions: the cache, told what they depend on now. */
  #picturesFor(scene: Scene): ElementPictures {
    const inputs = {
      language: scene.language,
      connectorPath: (c: Connector) => scene.connectors?.path(c) ?? null,
      cards: scene.cards,
      cardsVersion: scene.version ?? --this.#unversioned,
      editingId: scene.editingId,
    }
    if (this.#pictures) this.#pictures.update(inputs)
    else this.#pictures = new ElementPictures(inputs)
    return this.#pictures
  }

  draw(scene: Scene, dpr: number): FrameStats {
    const ctx = this.#ctx
    const { camera, viewport } = scene
    this.#palette = currentPalette()
    this.#picturesFor(scene)
    const view = visibleRect(camera, viewport)
    const lifted = this.#liftedFor(scene)
    const key =
      scene.version === undefined
        ? null
        : `${scene.version}|${dpr}|${scene.editingId ?? ''}|${scene.language}|${this.#liftedToken}|${this.#palette.name}`
    // Rebuilding the layer costs more than a plain frame (it is larger), so it is only worth it
    // when the picture stays the same from frame to frame: a pan, or a drag (what moves is not
    // in the picture). While zooming or while the rest of the document changes every frame,
    // frames are drawn directly.
    const steady = key !== null && key === this.#lastKey && camera.zoom === this.#lastZoom
    this.#lastKey = key
    this.#lastZoom = camera.zoom

    let layer = this.#layer
    if (key === null || !layer || !layerCovers(layer.region, camera, viewport, key)) {
      layer = steady && key !== null ? this.#buildLayer(scene, dpr, key, lifted) : null
    }
    let visible: BoardElement[]
    if (layer) {
      const at = layerOffset(layer.region, camera, dpr)
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.imageSmoothingEnabled = false
      ctx.drawImage(layer.canvas, at.x, at.y)
      ctx.imageSmoothingEnabled = true
      // Overlays need what is in view now; the layer's list is a small superset of it.
      visible = visibleElements(layer.drawn, view, scene.connectors)
    } else {
      visible = this.#paint(ctx, scene, camera, viewport, dpr, this.#baseElements(scene, lifted))
    }

    const z = camera.zoom * dpr
    ctx.setTransform(z, 0, 0, z, -camera.x * z, -camera.y * z)
    const lod =
      this.#lod?.zoom === camera.zoom ? this.#lod : levelOfDetail(camera.zoom, countNotes(visible))
    const dc = this.#drawContext(ctx, scene, camera.zoom, lod)
    if (lifted) {
      const above = scene.elements.filter((el) => lifted.has(el.id))
      const shown = visibleElements(above, view, scene.connectors)
      drawElementsBatched(dc, shown)
      visible = visible.concat(shown)
    }
    for (const el of scene.preview ?? []) drawElement(dc, el)

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    this.#drawSelection(scene, visible)
    if (scene.domain) {
      const path = scene.connectors && ((c: Connector) => scene.connectors?.path(c) ?? null)
      drawDomainOverlay(ctx, camera, scene.domain, visible, path, this.#palette)
    }
    if (scene.navigation) drawNavigationOverlay(ctx, camera, scene.navigation, visible)
    return { drawn: visible.length, culled: scene.elements.length - visible.length }
  }

  #layer: { region: LayerRegion; canvas: HTMLCanvasElement; drawn: BoardElement[] } | null = null
  #lastKey: string | null = null
  #lastZoom = 0
  /** The interface colours for this frame (the person's contrast preference). */
  #palette: CanvasPalette = currentPalette()
  /** The level of detail the board was last painted with: what moves above it is drawn alike. */
  #lod: LevelOfDetail | null = null
  #lifted: { moving: ReadonlySet<string>; version: number | undefined; ids: Set<string> } | null =
    null
  /** Changes whenever the set of lifted elements does: part of the layer's key. */
  #liftedToken = 0

  /** What `scene.moving` lifts above the cached picture (connectors included); null for none. */
  #liftedFor(scene: Scene): ReadonlySet<string> | null {
    const moving = scene.moving
    if (!moving || moving.size === 0) {
      if (this.#lifted) {
        this.#lifted = null
        this.#liftedToken++
      }
      return null
    }
    const cached = this.#lifted
    if (cached?.moving === moving && cached.version === scene.version) return cached.ids
    const ids = liftedIds(scene.elements, moving)
    const same =
      cached !== null && cached.ids.size === ids.size && [...ids].every((id) => cached.ids.has(id))
    if (!same) this.#liftedToken++
    this.#lifted = { moving, version: scene.version, ids: same ? cached.ids : ids }
    return this.#lifted.ids
  }

  #baseElements(scene: Scene, lifted: ReadonlySet<string> | null): readonly BoardElement[] {
    return lifted ? scene.elements.filter((el) => !lifted.has(el.id)) : scene.elements
  }

  /** Draws the view plus a margin into the offscreen layer; null where there is no DOM. */
  #buildLayer(
    scene: Scene,
    dpr: number,
    key: string,
    lifted: ReadonlySet<string> | null,
  ): { region: LayerRegion; canvas: HTMLCanvasElement; drawn: BoardElement[] } | null {
    if (typeof document === 'undefined') return null
    // Within the pixel budget (sceneLayer.ts); a view too large for it is drawn directly.
    const margin = layerMarginFor(scene.viewport, dpr)
    if (margin === null) {
      if (this.#layer) this.#layer.canvas.width = this.#layer.canvas.height = 0
      this.#layer = null
      return null
    }
    const region = layerRegionFor(scene.camera, scene.viewport, key, margin)
    const canvas = this.#layer?.canvas ?? document.createElement('canvas')
    const w = Math.round(region.width * dpr)
    const h = Math.round(region.height * dpr)
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w
      canvas.height = h
    }
    const lctx = canvas.getContext('2d', { alpha: false })
    if (!lctx) return null
    const camera = { x: region.x, y: region.y, zoom: region.zoom }
    const viewport = { width: region.width, height: region.height }
    const drawn = this.#paint(lctx, scene, camera, viewport, dpr, this.#baseElements(scene, lifted))
    this.#layer = { region, canvas, drawn }
    return this.#layer
  }

  /** Background, grid and the elements in view; returns the elements it drew. */
  #paint(
    ctx: CanvasRenderingContext2D,
    scene: Scene,
    camera: Camera,
    viewport: Size,
    dpr: number,
    elements: readonly BoardElement[],
  ): BoardElement[] {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    ctx.fillStyle = this.#palette.background
    ctx.fillRect(0, 0, viewport.width, viewport.height)
    this.#drawGrid(ctx, camera, viewport)
    const visible = visibleElements(elements, visibleRect(camera, viewport), scene.connectors)
    const z = camera.zoom * dpr
    ctx.setTransform(z, 0, 0, z, -camera.x * z, -camera.y * z)
    // Whether notes keep their titles depends on how many are in view: counted once per paint.
    const lod = levelOfDetail(camera.zoom, countNotes(visible))
    this.#lod = lod
    drawElementsBatched(this.#drawContext(ctx, scene, camera.zoom, lod), visible)
    return visible
  }

  #drawContext(
    ctx: CanvasRenderingContext2D,
    scene: Scene,
    zoom: number,
    lod: LevelOfDetail,
  ): DrawContext {
    const words = PICTURE_WORDS[scene.language]
    return {
      ctx,
      zoom,
      lod,
      pictures: this.#pictures ?? this.#picturesFor(scene),
      images: scene.images,
      missingImage: (image) => missingImageBox(image, words),
    }
  }

  /** Dots at a spacing that stays between 16 and 32 screen pixels at any zoom. */
  #drawGrid(ctx: CanvasRenderingContext2D, camera: Camera, viewport: Size): void {
    let spacing = 40
    while (spacing * camera.zoom < 16) spacing *= 2
    while (spacing * camera.zoom > 64) spacing /= 2
    const screenStep = spacing * camera.zoom
    const offsetX = (-camera.x * camera.zoom) % screenStep
    const offsetY = (-camera.y * camera.zoom) % screenStep
    ctx.fillStyle = this.#palette.gridDot
    for (
      let x = offsetX < 0 ? offsetX + screenStep : offsetX;
      x < viewport.width;
      x += screenStep
    ) {
      for (
        let y = offsetY < 0 ? offsetY + screenStep : offsetY;
        y < viewport.height;
        y += screenStep
      ) {
        ctx.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2)
      }
    }
  }

  #drawSelection(scene: Scene, visible: BoardElement[]): void {
    const ctx = this.#ctx
    const { camera } = scene
    if (scene.bindTarget) drawBindTarget(ctx, camera, scene.bindTarget)
    if (scene.selection.size === 0) return
    const { selection, selectionWidth } = this.#palette
    ctx.strokeStyle = selection
    ctx.lineWidth = selectionWidth
    for (const el of visible) {
      if (!scene.selection.has(el.id)) continue
      if (el.kind === 'connector') {
        const path = scene.connectors?.path(el)
        const handles = scene.showHandles && scene.selection.size === 1
        if (path) drawConnectorSelection(ctx, camera, path, el.strokeWidth, handles)
        ctx.strokeStyle = selection
        ctx.lineWidth = selectionWidth
        continue
      }
      const x = (el.x - camera.x) * camera.zoom
      const y = (el.y - camera.y) * camera.zoom
      ctx.strokeRect(x - 2, y - 2, el.w * camera.zoom + 4, el.h * camera.zoom + 4)
      if (!scene.showHandles || scene.selection.size !== 1 || scene.editingId === el.id) continue
      const positions = handlePositions(camera, el)
      const half = HANDLE_SIZE / 2
      for (const handle of HANDLES) {
        const c = positions[handle]
        ctx.fillStyle = '#ffffff'
        ctx.fillRect(c.x - half, c.y - half, HANDLE_SIZE, HANDLE_SIZE)
        ctx.strokeRect(c.x - half, c.y - half, HANDLE_SIZE, HANDLE_SIZE)
      }
    }
  }
}
