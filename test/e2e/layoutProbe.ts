import type { Page } from '@playwright/test'

/**
 * Measures the board page's layout the way a person sees it: which visible controls overlap,
 * which lie beyond the screen's edge where nothing scrolls to them, and how much of the screen
 * is board. Reusable by any spec: `const report = await probeLayout(page)`.
 */

/** One control, named as a person would find it (its role and accessible name, roughly). */
export interface ProbedControl {
  name: string
  rect: { x: number; y: number; width: number; height: number }
}

export interface LayoutReport {
  /** Pairs of visible controls whose boxes overlap (by more than a hairline). */
  overlaps: [string, string][]
  /** Visible controls (partly) beyond the viewport with no scrolling ancestor to reach them. */
  outside: string[]
  /**
   * The part of the viewport where the board itself is seen: points of a fine grid where the
   * topmost element is the canvas (or a layer drawn over it that lets the pointer through),
   * not the header, a floating bar or a panel. 0 to 1.
   */
  boardShare: number
  /** Every control measured, for messages. */
  controls: ProbedControl[]
}

/** What counts as a control: everything a person can press, type into or choose. */
const CONTROLS = [
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'a[href]',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="slider"]',
  '[role="option"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

/** Boxes may touch; an overlap counts from this many pixels in both directions. */
const OVERLAP_TOLERANCE_PX = 1
/** The grid step for the board share, in CSS pixels. */
const SHARE_STEP_PX = 6

/** Measures the page as it is now (call once what you want to measure is on screen). */
export async function probeLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(
    ({ selector, tolerance, step }) => {
      const vw = document.documentElement.clientWidth
      const vh = document.documentElement.clientHeight
      // The board's canvas is the ground the controls float on, not a control among them.
      const isBoard = (el: Element): boolean => el.matches('[data-board-canvas]')

      function describe(el: Element): string {
        const role = el.getAttribute('role') ?? el.tagName.toLowerCase()
        const name =
          el.getAttribute('aria-label') ??
          (el as HTMLElement).innerText?.trim() ??
          el.getAttribute('title') ??
          ''
        return `${role} "${name.replace(/\s+/g, ' ').slice(0, 60)}"`
      }

      /** Clipped away entirely by an ancestor (the visually hidden pattern, a closed panel). */
      function clippedAway(el: Element, r: DOMRect): boolean {
        for (let a = el.parentElement; a; a = a.parentElement) {
          const style = getComputedStyle(a)
          if (style.overflow === 'visible' && style.clip === 'auto') continue
          const box = a.getBoundingClientRect()
          if (box.width < 2 || box.height < 2) return true
          if (
            r.right <= box.left ||
            r.left >= box.right ||
            r.bottom <= box.top ||
            r.top >= box.bottom
          )
            return true
        }
        return false
      }

      function visible(el: Element): DOMRect | null {
        if (isBoard(el)) return null
        // A skip link waits above the page until it has the focus.
        if (el.closest('.skip-link') && document.activeElement !== el) return null
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return null
        if (el.closest('[inert], [aria-hidden="true"]')) return null
        const r = el.getBoundingClientRect()
        if (r.width < 2 || r.height < 2) return null
        if (clippedAway(el, r)) return null
        return r
      }

      /** Some ancestor scrolls (in the direction it overflows), so the control can be reached. */
      function scrollsIntoReach(el: Element): boolean {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a)
          const scrollY =
            /(auto|scroll)/.test(style.overflowY) && a.scrollHeight > a.clientHeight + 1
          const scrollX = /(auto|scroll)/.test(style.overflowX) && a.scrollWidth > a.clientWidth + 1
          if (scrollX || scrollY) return true
        }
        return false
      }

      /** The open menu an element is in, and that menu's own button. */
      function menuOf(el: Element): { menu: Element; trigger: Element | null } | null {
        const menu = el.closest('[role="menu"]')
        if (!menu) return null
        const by = menu.getAttribute('aria-labelledby')
        return { menu, trigger: by ? document.getElementById(by) : null }
      }

      const found: { el: Element; rect: DOMRect; name: string }[] = []
      for (const el of document.querySelectorAll(selector)) {
        const rect = visible(el)
        if (rect) found.push({ el, rect, name: describe(el) })
      }

      const overlaps: [string, string][] = []
      for (let i = 0; i < found.length; i++) {
        for (let j = i + 1; j < found.length; j++) {
          const a = found[i]
          const b = found[j]
          if (!a || !b) continue
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue
          // A menu opens over (or right next to, overlapping) its own button.
          const menuA = menuOf(a.el)
          const menuB = menuOf(b.el)
          if (menuA?.trigger === b.el || menuB?.trigger === a.el) continue
          const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
          const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
          if (w > tolerance && h > tolerance) overlaps.push([a.name, b.name])
        }
      }

      const outside: string[] = []
      for (const { el, rect, name } of found) {
        const beyond =
          rect.left < -tolerance ||
          rect.top < -tolerance ||
          rect.right > vw + tolerance ||
          rect.bottom > vh + tolerance
        if (beyond && !scrollsIntoReach(el)) outside.push(name)
      }

      // The board is seen where a point hits the canvas, directly or through a layer over it
      // that takes no pointer (the others' cursors): elementFromPoint skips those.
      let board = 0
      let all = 0
      for (let y = step / 2; y < vh; y += step) {
        for (let x = step / 2; x < vw; x += step) {
          all++
          const hit = document.elementFromPoint(x, y)
          if (hit && isBoard(hit)) board++
        }
      }

      const controls = found.map(({ name, rect }) => ({
        name,
        rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      }))
      return { overlaps, outside, boardShare: all === 0 ? 0 : board / all, controls }
    },
    { selector: CONTROLS, tolerance: OVERLAP_TOLERANCE_PX, step: SHARE_STEP_PX },
  )
}
