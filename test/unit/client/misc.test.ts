import { describe, expect, test } from 'vitest'
import { parseRoute } from '../../../client/src/lib/route.ts'
import { projectorUrl, shareLinks, tokenOfLink } from '../../../client/src/lib/share.ts'
import { parseProjectorFragment } from '../../../shared/links.ts'
import { mergeRemoteText } from '../../../client/src/lib/editor/caret.ts'

describe('parseRoute', () => {
  test('start page, board page, anything else', () => {
    expect(parseRoute('/')).toEqual({ name: 'start' })
    expect(parseRoute('/b/abc123')).toEqual({ name: 'board', id: 'abc123' })
    expect(parseRoute('/b/abc123/')).toEqual({ name: 'board', id: 'abc123' })
    expect(parseRoute('/b/')).toEqual({ name: 'notFound' })
    expect(parseRoute('/b/a/b')).toEqual({ name: 'notFound' })
    expect(parseRoute('/admin')).toEqual({ name: 'notFound' })
  })

  test('the projector view of a board', () => {
    expect(parseRoute('/b/abc123/present')).toEqual({ name: 'projector', id: 'abc123' })
    expect(parseRoute('/b/abc123/present/')).toEqual({ name: 'projector', id: 'abc123' })
    expect(parseRoute('/b/abc123/presentation')).toEqual({ name: 'notFound' })
  })
})

describe('projectorUrl and its fragment', () => {
  const origin = 'https://werkraum.musterstadt.de/'
  const known = { edit: '/b/x#e%2B1', view: '/b/x#v-1', facilitate: '/b/x#f' }

  test('opens with the view token and shows the edit link in its QR code', () => {
    const url = projectorUrl({ origin, id: 'x', known })
    expect(url).toBe('https://werkraum.musterstadt.de/b/x/present#v-1&join=e%2B1')
    expect(parseProjectorFragment(new URL(url!).hash)).toEqual({ token: 'v-1', join: 'e+1' })
  })

  test('without the edit link the QR code shows the view link; without the view link, none', () => {
    const url = projectorUrl({ origin, id: 'x', known: { view: known.view } })
    expect(parseProjectorFragment(new URL(url!).hash)).toEqual({ token: 'v-1', join: null })
    expect(projectorUrl({ origin, id: 'x', known: { edit: known.edit } })).toBeNull()
    expect(projectorUrl({ origin, id: 'x' })).toBeNull()
  })

  test('a fragment without a token, or with a broken one, opens nothing', () => {
    expect(parseProjectorFragment('')).toBeNull()
    expect(parseProjectorFragment('#&join=e')).toBeNull()
    expect(parseProjectorFragment('#%E0%A4%A')).toBeNull()
    expect(tokenOfLink('/b/x')).toBeNull()
  })
})

describe('shareLinks', () => {
  const origin = 'https://werkraum.musterstadt.de'
  const known = { edit: '/b/x#e', view: '/b/x#v', facilitate: '/b/x#f' }

  test('facilitators get all three links as absolute URLs', () => {
    const { rows, missing } = shareLinks({ origin, right: 'facilitate', own: '/b/x#f', known })
    expect(rows).toEqual([
      { kind: 'edit', url: 'https://werkraum.musterstadt.de/b/x#e' },
      { kind: 'view', url: 'https://werkraum.musterstadt.de/b/x#v' },
      { kind: 'facilitate', url: 'https://werkraum.musterstadt.de/b/x#f' },
    ])
    expect(missing).toBe(false)
  })

  test('a facilitator in another browser gets their own link and a hint', () => {
    const { rows, missing } = shareLinks({ origin, right: 'facilitate', own: '/b/x#f' })
    expect(rows).toEqual([{ kind: 'facilitate', url: `${origin}/b/x#f` }])
    expect(missing).toBe(true)
  })

  test('links keep the path of a PUBLIC_URL behind a proxy', () => {
    const behindProxy = 'https://intranet.kreis.de/werkraum/'
    expect(shareLinks({ origin: behindProxy, right: 'edit', own: '/b/x#e' }).rows).toEqual([
      { kind: 'own', url: 'https://intranet.kreis.de/werkraum/b/x#e' },
    ])
  })

  test('everyone else gets their own link', () => {
    expect(shareLinks({ origin, right: 'view', own: '/b/x#v', known }).rows).toEqual([
      { kind: 'own', url: `${origin}/b/x#v` },
    ])
  })
})

describe('mergeRemoteText', () => {
  test('an insertion before the caret shifts it', () => {
    expect(mergeRemoteText('Stadtwerke', 'Die Stadtwerke', 10, 10)).toEqual({
      text: 'Die Stadtwerke',
      start: 14,
      end: 14,
    })
  })

  test('a change after the caret leaves it', () => {
    expect(mergeRemoteText('Stadt', 'Stadtwerke', 2, 3)).toEqual({
      text: 'Stadtwerke',
      start: 2,
      end: 3,
    })
  })
})

describe('Session', () => {
  test('a resize keeps the middle of the view in place', async () => {
    const { Session } = await import('../../../client/src/lib/editor/session.svelte.ts')
    const { viewCenter } = await import('../../../client/src/lib/geometry/camera.ts')
    const session = new Session()
    session.setViewport({ width: 1000, height: 600 })
    session.setCamera({ x: 100, y: 50, zoom: 2 })
    const before = viewCenter(session.camera, session.viewport)
    session.setViewport({ width: 616, height: 600 })
    expect(viewCenter(session.camera, session.viewport)).toEqual(before)
  })
})
