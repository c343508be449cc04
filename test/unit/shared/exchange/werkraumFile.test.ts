// The .werkraum file: written, read back, and refused when damaged, padded or a zip bomb.
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBoardJson } from '../../../../shared/exchange/boardJson.ts'
import { BoardImportError } from '../../../../shared/exchange/importError.ts'
import {
  readWerkraumFile,
  sha256Hex,
  writeWerkraumFile,
  type WerkraumFileLimits,
} from '../../../../shared/exchange/werkraumFile.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'
import { writeFullBoard } from '../../../helpers/exchangeBoard.ts'
import { pngBytes } from '../../../helpers/images.ts'

const NOW = new Date('2026-12-07T10:00:00.000Z')
const LIMITS: WerkraumFileLimits = {
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxBoardJsonBytes: 32 * 1024 * 1024,
  maxImageBytes: 1024 * 1024,
}
const PNG = new Uint8Array(pngBytes(4, 3))

async function file(): Promise<{ bytes: Uint8Array; hash: string }> {
  const hash = await sha256Hex(PNG)
  const doc = new Y.Doc()
  doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION)
  writeFullBoard(doc, hash)
  const board = writeBoardJson(doc, {
    images: [{ hash, mime: 'image/png', size: PNG.length, width: 4, height: 3 }],
    now: NOW,
  })
  const bytes = await writeWerkraumFile({
    board,
    images: new Map([[hash, PNG]]),
    appVersion: '1.2.3',
    now: NOW,
  })
  return { bytes, hash }
}

async function refusal(bytes: Uint8Array, limits = LIMITS): Promise<BoardImportError> {
  try {
    await readWerkraumFile(bytes, limits)
  } catch (err) {
    if (err instanceof BoardImportError) return err
    throw err
  }
  throw new Error('no refusal')
}

/** The file's entries, changed by `change`, zipped again. */
async function rezipped(
  change: (entries: Record<string, Uint8Array>) => unknown,
): Promise<Uint8Array> {
  const entries = unzipSync((await file()).bytes)
  await change(entries)
  return zipSync(entries)
}

describe('the .werkraum file', () => {
  it('holds the board, its images and a manifest with a checksum of each', async () => {
    const { bytes, hash } = await file()
    const entries = unzipSync(bytes)
    expect(Object.keys(entries).sort()).toEqual(['board.json', `images/${hash}`, 'manifest.json'])
    const read = await readWerkraumFile(bytes, LIMITS)
    expect(read.manifest).toMatchObject({
      format: 'werkraum-file',
      formatVersion: 1,
      app: { name: 'Werkraum', version: '1.2.3' },
      created: NOW.toISOString(),
      counts: { elements: 13, assignments: 2, conflictRules: 1, images: 1 },
      missingImages: [],
    })
    expect(read.manifest.files['board.json']!.sha256).toBe(await sha256Hex(entries['board.json']!))
    expect(read.board.elements).toHaveLength(13)
    expect([...read.images.keys()]).toEqual([hash])
    expect(read.images.get(hash)).toEqual(PNG)
  })

  it('refuses what is not a ZIP', async () => {
    expect((await refusal(strToU8('{"format":"werkraum-board"}'))).code).toBe('malformed_zip')
  })

  it('refuses a damaged entry by its checksum', async () => {
    const bytes = await rezipped((e) => {
      e['board.json'] = strToU8(
        new TextDecoder().decode(e['board.json']).replace('Bürgeramt', 'Burgeramt'),
      )
    })
    const err = await refusal(bytes)
    expect(err.code).toBe('checksum_mismatch')
    expect(err.problems[0]!.path).toBe('board.json')
  })

  it('refuses an entry that does not belong, and one the manifest lacks', async () => {
    const extra = await refusal(await rezipped((e) => (e['run.sh'] = strToU8('rm -rf /'))))
    expect(extra.code).toBe('invalid_werkraum_file')
    expect(extra.message).toContain('run.sh')
    const missing = await refusal(await rezipped((e) => delete e['board.json']))
    expect(missing.message).toMatch(/lacks it/)
  })

  it('refuses a zip bomb from its directory, without inflating it', async () => {
    // 32 MB of zeros deflate to about 32 KB: a ratio of a thousand.
    const zeros = new Uint8Array(32 * 1024 * 1024)
    const bomb = zipSync({ 'board.json': [zeros, { level: 9 }] })
    const started = performance.now()
    const err = await refusal(bomb, {
      ...LIMITS,
      maxBoardJsonBytes: 1024 * 1024 * 1024,
      maxUncompressedBytes: 1024 * 1024 * 1024,
    })
    expect(performance.now() - started).toBeLessThan(50)
    expect(err.code).toBe('zip_bomb')
    expect(err.message).toMatch(/expand \d+ times/)
    // Under the usual limits the same file is refused for its declared size already.
    expect((await refusal(bomb, { ...LIMITS, maxBoardJsonBytes: 1024 * 1024 })).code).toBe(
      'zip_too_large',
    )
  })

  it('stops an entry that inflates beyond the size its directory declares', async () => {
    const big = new Uint8Array(8 * 1024 * 1024).fill(32)
    const bytes = zipSync({ 'board.json': [big, { level: 1 }] })
    // Patch the central directory's uncompressed size (offset 24 of its entry) to 1,000 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let at = bytes.length - 22
    while (view.getUint32(at, true) !== 0x06054b50) at--
    const directory = view.getUint32(at + 16, true)
    view.setUint32(directory + 24, 1000, true)
    const err = await refusal(bytes)
    expect(err.code).toBe('zip_bomb')
    expect(err.message).toMatch(/beyond the size it declares/)
  })

  it('refuses too many entries, and a file from a newer Werkraum', async () => {
    const many: Record<string, Uint8Array> = {}
    for (let i = 0; i < 10_003; i++)
      many[`images/${i.toString(16).padStart(64, '0')}`] = new Uint8Array(0)
    expect((await refusal(zipSync(many))).code).toBe('zip_too_large')
    const newer = await rezipped((e) => {
      const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as {
        formatVersion: number
      }
      manifest.formatVersion = 2
      e['manifest.json'] = strToU8(JSON.stringify(manifest))
    })
    expect((await refusal(newer)).code).toBe('format_too_new')
  })

  it('refuses an image whose bytes are not the hash it is named by', async () => {
    const { hash } = await file()
    const other = new Uint8Array(pngBytes(5, 5))
    const bytes = await rezipped((e) => {
      e[`images/${hash}`] = other
      const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as {
        files: Record<string, { sha256: string }>
      }
      return sha256Hex(other).then((sum) => {
        manifest.files[`images/${hash}`]!.sha256 = sum
        e['manifest.json'] = strToU8(JSON.stringify(manifest))
      })
    })
    const err = await refusal(bytes)
    expect(err.code).toBe('checksum_mismatch')
    expect(err.message).toMatch(/not the image its name says/)
  })
})
