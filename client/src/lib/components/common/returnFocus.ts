import type { Attachment } from 'svelte/attachments'

/**
 * For a panel that opens in place (list view, side panels): remembers what had the focus when
 * it appeared (the button or the canvas that opened it) and, when it goes, gives the focus back
 * there if the focus was inside the panel or nowhere; focus someone moved elsewhere on purpose
 * stays. Without it, closing a panel with its own close button leaves the focus on the page's
 * body and a keyboard user starts again from the top.
 */
export const returnFocus: Attachment<HTMLElement> = (panel) => {
  const active = document.activeElement
  const opener = active instanceof HTMLElement && active !== document.body ? active : null
  return () => {
    const now = document.activeElement
    const lost = now === null || now === document.body || panel.contains(now)
    if (lost && opener?.isConnected && !panel.contains(opener)) {
      opener.focus({ preventScroll: true })
    }
  }
}
