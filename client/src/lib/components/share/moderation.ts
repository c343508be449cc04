import { t } from '../../i18n/i18n.svelte.ts'
import type { OpenBoard } from '../../page/openBoard.ts'
import { visibleRect } from '../../geometry/camera.ts'
import { myBoards } from '../../storage/myBoards.svelte.ts'
import { shareLinks } from '../../share.ts'
import { boardPath } from '../../../../../shared/links.ts'
import type { Ack } from '../../../../../shared/protocol/ack.ts'
import type { ViewRect } from '../../../../../shared/protocol/viewRect.ts'

/**
 * What the facilitator's "Moderation" items do, shared by the laptop's Moderation menu and the
 * phone's overflow menu: "Alle zu mir", starting and ending the presentation, and the edit link
 * as a QR code for the projector.
 */

/** The part of the board this person sees now, or null before the canvas has a size. */
export function myView(opened: OpenBoard): ViewRect | null {
  const { camera, viewport } = opened.editor.session
  if (viewport.width <= 0 || viewport.height <= 0) return null
  return visibleRect(camera, viewport)
}

function report(opened: OpenBoard, ack: Ack, success: string): void {
  opened.editor.session.notify(
    ack.ok ? success : t('control.failed', { detail: ack.error.message }),
    ack.ok ? 'info' : 'warning',
  )
}

/** "Alle zu mir": everyone else is brought to the part of the board I see. */
export async function summon(opened: OpenBoard): Promise<void> {
  const view = myView(opened)
  if (view) report(opened, await opened.control.summon(view), t('control.summonSent'))
}

/** "Präsentieren" or "Präsentation beenden", whichever applies. */
export async function togglePresentation(opened: OpenBoard): Promise<void> {
  const control = opened.control
  if (control.presenting) {
    report(opened, await control.stopPresentation(), t('control.presentationEnded'))
    return
  }
  const view = myView(opened)
  if (view) {
    const ack = await control.startPresentation(view, opened.presence.clientId)
    report(opened, ack, t('control.presenting'))
  }
}

/**
 * The link the room scans from the projector: the edit link, when this browser knows it (the
 * creator's browser does, and any facilitator's after "Teilen"). Never the facilitation link.
 */
export function projectorLink(
  opened: OpenBoard,
  token: string,
): { url: string; label: string } | null {
  const info = opened.info
  if (info.role !== 'facilitate') return null
  const links = shareLinks({
    origin: info.publicUrl ?? location.origin,
    right: info.role,
    own: boardPath(info.id, token),
    known: myBoards.get(info.id)?.links,
  })
  const edit = links.rows.find((row) => row.kind === 'edit')
  return edit ? { url: edit.url, label: t('share.edit') } : null
}
