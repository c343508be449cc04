import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import { messageAwareness, type WebsocketProvider } from 'y-websocket'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Makes the provider send only this client's own awareness state. The stock provider sends every
 * change its awareness applies, the states it received from the server included: each browser
 * would send every other person's cursor back, which in a room of 200 is hundreds of states a
 * second per browser, uploaded only for the server to drop them as not newer. Our own state still
 * goes out on every change, on connecting and when we leave.
 *
 * On every (re)connection the state is set again, with a newer clock: the server binds a client
 * id to the connection that first used it, and after a reconnect the one the provider sends by
 * itself has the clock the server already knows, which it ignores as an echo. The newer one
 * takes the id over from a dead old socket (the server checks it first), so the presence comes
 * back within seconds instead of at the next move. Returns what undoes it.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): () => void {
  const { awareness } = provider
  awareness.off('update', provider._awarenessUpdateHandler)
  const onUpdate = ({ added, updated, removed }: AwarenessChanges): void => {
    const own = awareness.clientID
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return
    const ws = provider.ws
    if (!provider.wsconnected || ws === null || ws.readyState !== ws.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageAwareness)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [own]))
    ws.send(encoding.toUint8Array(encoder))
  }
  const onStatus = ({ status }: { status: string }): void => {
    const state = awareness.getLocalState()
    if (status === 'connected' && state !== null) awareness.setLocalState({ ...state })
  }
  awareness.on('update', onUpdate)
  provider.on('status', onStatus)
  return () => {
    awareness.off('update', onUpdate)
    provider.off('status', onStatus)
  }
}
