import { afterEach, describe, expect, test } from 'vitest'
import {
  BoardAssets,
  UPLOADS_AT_ONCE,
  altFromName,
} from '../../../../client/src/lib/editor/boardAssets.svelte.ts'
import { fetchAsset, type UploadResult } from '../../../../client/src/lib/api/assets.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

const HASH = 'c'.repeat(64)

function uploader(answers: Record<string, UploadResult>) {
  return async (_board: string, _token: string, file: Blob): Promise<UploadResult> =>
    answers[(file as File).name] ?? { ok: false, reason: 'server' }
}

const ok = (width: number, height: number, hash = HASH): UploadResult => ({
  ok: true,
  asset: { hash, url: `/api/boards/b/assets/${hash}`, mime: 'image/png', width, height },
})

const file = (name: string): File => new File([new Uint8Array(4)], name, { type: 'image/png' })

describe('BoardAssets', () => {
  test('puts an uploaded image centred on the point, named after the file, selected', async () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const assets = new BoardAssets('b', 'tok', {
      upload: uploader({ 'Rathaus_Süd.png': ok(1000, 500) }),
    })
    const ids = await assets.insertFiles(editor, [file('Rathaus_Süd.png')], {
      at: { x: 400, y: 300 },
      named: true,
    })
    expect(ids).toHaveLength(1)
    const el = board.get(ids[0]!)
    expect(el).toMatchObject({ kind: 'image', asset: HASH, alt: 'Rathaus Süd', w: 480, h: 240 })
    expect(el!.x + el!.w / 2).toBe(400)
    expect([...session.selection]).toEqual(ids)
    expect(assets.notice).toEqual({ kind: 'inserted', count: 1 })
    expect(assets.uploading).toBe(0)
    expect(runAction(editor, 'undo')).toBe(true)
    expect(board.size).toBe(0)
  })

  test('places several images side by side without overlap, as one undo step', async () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const assets = new BoardAssets('b', 'tok', {
      upload: uploader({
        'a.png': ok(200, 100, 'a'.repeat(64)),
        'b.png': ok(100, 100, 'b'.repeat(64)),
      }),
    })
    const ids = await assets.insertFiles(editor, [file('a.png'), file('b.png')], {
      at: { x: 0, y: 0 },
    })
    const [a, b] = ids.map((id) => board.get(id)!)
    expect(a!.x + a!.w).toBeLessThan(b!.x)
    expect(a!.kind === 'image' && a!.alt).toBe('')
    runAction(editor, 'undo')
    expect(board.size).toBe(0)
  })

  test('tells which file was refused and why, and places the others', async () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const assets = new BoardAssets('b', 'tok', {
      upload: uploader({ 'ok.png': ok(10, 10), 'big.png': { ok: false, reason: 'tooLarge' } }),
    })
    await assets.insertFiles(editor, [file('ok.png'), file('big.png')])
    expect(board.size).toBe(1)
    expect(assets.notice).toEqual({ kind: 'failed', reason: 'tooLarge', name: 'big.png' })
    assets.dismiss()
    expect(assets.notice).toBeNull()
  })

  test('does nothing without the edit right', async () => {
    fixture = editorFixture({ canEdit: false })
    const assets = new BoardAssets('b', 'tok', { upload: uploader({ 'a.png': ok(10, 10) }) })
    expect(await assets.insertFiles(fixture.editor, [file('a.png')])).toEqual([])
    expect(fixture.board.size).toBe(0)
  })

  test('fetches image bytes with the token in a header, never in the URL', async () => {
    fixture = editorFixture()
    const requests: { url: string; init: RequestInit | undefined }[] = []
    const fetchFn = (async (url: string, init?: RequestInit) => {
      requests.push({ url, init })
      return new Response(new Uint8Array([1, 2, 3]), { status: 200 })
    }) as typeof fetch
    const assets = new BoardAssets('b1', 't/k', {
      fetchBytes: (board, token, hash) => fetchAsset(board, token, hash, fetchFn),
    })
    const bytes = await assets.bytes(HASH)
    expect(bytes?.size).toBe(3)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.url).toBe(`/api/boards/b1/assets/${HASH}`)
    expect(requests[0]!.url).not.toContain('t/k')
    expect(requests[0]!.url).not.toContain('token')
    expect(new Headers(requests[0]!.init?.headers).get('authorization')).toBe('Bearer t/k')
  })

  test('uploads at most UPLOADS_AT_ONCE files at a time, results in order', async () => {
    fixture = editorFixture()
    const waiting: { name: string; finish: () => void }[] = []
    const upload = (_b: string, _t: string, f: Blob): Promise<UploadResult> =>
      new Promise((resolve) => {
        const name = (f as File).name
        waiting.push({ name, finish: () => resolve(ok(10 * name.length, 10)) })
      })
    const assets = new BoardAssets('b', 'tok', { upload })
    const names = ['a.png', 'bb.png', 'ccc.png', 'dddd.png', 'eeeee.png']
    const done = assets.insertFiles(fixture.editor, names.map(file))
    const started: string[] = []
    for (let tick = 0; started.length < names.length && tick < 1000; tick++) {
      await Promise.resolve()
      expect(waiting.length).toBeLessThanOrEqual(UPLOADS_AT_ONCE)
      const next = waiting.shift()
      if (!next) continue
      started.push(next.name)
      next.finish()
    }
    const ids = await done
    expect(started).toEqual(names)
    expect(ids).toHaveLength(names.length)
  })

  test('alt text from a file name drops the extension and underscores', () => {
    expect(altFromName('Karte_Ortsteile.final.webp')).toBe('Karte Ortsteile.final')
    expect(altFromName('foto.JPEG')).toBe('foto')
  })
})

describe('BoardAssets.adoptCopied', () => {
  const image = (asset: string) => ({ id: asset.slice(0, 4), data: { type: 'image', asset } })
  const note = { id: 'n', data: { type: 'note' } }

  function copier() {
    const calls: { board: string; hash: string; from: { board: string; token: string } }[] = []
    const copy = async (
      board: string,
      _token: string,
      hash: string,
      from: { board: string; token: string },
    ): Promise<boolean> => {
      calls.push({ board, hash, from })
      return true
    }
    return { calls, copy }
  }

  test('asks the server once per image hash, with the token held for the source board', async () => {
    fixture = editorFixture()
    const { calls, copy } = copier()
    const assets = new BoardAssets('target', 'tok', {
      copy,
      tokenFor: (id) => (id === 'source' ? 'source-token' : undefined),
    })
    const copied: string[] = []
    assets.onCopied((hash) => copied.push(hash))
    const a = 'a'.repeat(64)
    const b = 'b'.repeat(64)
    expect(await assets.adoptCopied('source', [image(a), note, image(b), image(a)])).toEqual([a, b])
    expect(calls).toEqual([
      { board: 'target', hash: a, from: { board: 'source', token: 'source-token' } },
      { board: 'target', hash: b, from: { board: 'source', token: 'source-token' } },
    ])
    expect(copied).toEqual([a, b])
  })

  test('does nothing for the same board, an unknown source or a board without a token', async () => {
    fixture = editorFixture()
    const { calls, copy } = copier()
    const assets = new BoardAssets('target', 'tok', { copy, tokenFor: () => undefined })
    const a = 'a'.repeat(64)
    expect(await assets.adoptCopied('target', [image(a)])).toEqual([])
    expect(await assets.adoptCopied(null, [image(a)])).toEqual([])
    expect(await assets.adoptCopied('elsewhere', [image(a)])).toEqual([])
    expect(calls).toEqual([])
  })
})
