/**
 * What the board page's chrome opens from more than one place: on a phone the overflow menu
 * opens the participants, the frames and the projector's QR code that the laptop's header and
 * stage open from their own buttons. One per board page, made by BoardView.
 */
export class ChromeState {
  /** The participants panel (the avatars open it on a laptop, the overflow menu on a phone). */
  participantsOpen = $state(false)
  /** The frames navigator's list. */
  framesOpen = $state(false)
  /** A link shown as a large QR code for the projector, or null. */
  projected = $state.raw<{ url: string; label: string } | null>(null)
}
