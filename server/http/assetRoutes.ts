import { createHash } from 'node:crypto'
import path from 'node:path'
import express, { Router, type Request } from 'express'
import { assetPath, isAssetMime, type UploadAssetResponse } from '../../shared/assets.ts'
import { AssetFiles, ASSET_HASH } from '../assets/assetFiles.ts'
import { imageInfo } from '../assets/imageInfo.ts'
import { completeImage } from '../assets/imageStructure.ts'
import type { Access } from '../access/Access.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { requireAccess } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'
import { UploadGate, uploadLimitError } from './uploadLimits.ts'
import { addressGroup } from '../edge/clientAddress.ts'

export interface AssetRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** Who may open which board. */
  access: Access
  /** Where the bytes go; `DATA_DIR/assets` unless a test passes files that fail on purpose. */
  assetFiles?: AssetFiles
  /** The per-address upload limits, shared with the import of `.werkraum` files. */
  uploadGate?: UploadGate
}

/** Name of the directory inside DATA_DIR that holds uploaded images, one file per hash. */
export const ASSETS_DIR_NAME = 'assets'

const IMMUTABLE = 'private, max-age=31536000, immutable'

/**
 * `/api/boards/:id/assets`: upload an image (edit right, raw bytes as body) and fetch it back
 * (any right, bearer token only: a token in a URL ends up in proxy logs). Uploads are limited
 * per board (total bytes), per client address (bytes an hour, uploads at once), in total
 * (uploads at once) and per image (bytes, pixels). A board's token opens only that board's images, even though the bytes of equal
 * images are stored once for all boards.
 */
export function assetRoutes({
  store,
  config,
  log,
  access,
  assetFiles,
  uploadGate,
}: AssetRoutesDeps): Router {
  const router = Router()
  const files = assetFiles ?? new AssetFiles(path.join(config.dataDir, ASSETS_DIR_NAME))
  const uploads = config.uploads
  const gate = uploadGate ?? new UploadGate(uploads)

  /** Bytes per board of uploads that passed the quota and are being stored right now: counted
   * with what the store has, so uploads to one board at the same time cannot pass together. */
  const storing = new Map<string, number>()

  /** 507 when `bytes` more would take the board's images beyond its quota. */
  async function checkBoardQuota(id: string, bytes: number): Promise<void> {
    const used = (await store.assetBytes(id)) + (storing.get(id) ?? 0)
    if (used + bytes <= uploads.boardQuotaBytes) return
    throw uploadLimitError(
      507,
      'board_quota_exceeded',
      `This board's images take ${used} of the ${uploads.boardQuotaBytes} bytes it may hold; start another board for more images.`,
      'board_bytes',
      uploads.boardQuotaBytes,
    )
  }

  /** Checks the quota and holds `bytes` of it for the board while `keep` stores them. */
  async function withinBoardQuota(id: string, bytes: number, keep: () => Promise<void>) {
    await checkBoardQuota(id, bytes)
    // No await between the check and this line: nothing else can pass the check meanwhile.
    storing.set(id, (storing.get(id) ?? 0) + bytes)
    try {
      await keep()
    } finally {
      const left = (storing.get(id) ?? 0) - bytes
      if (left > 0) storing.set(id, left)
      else storing.delete(id)
    }
  }

  router.post(
    '/:id/assets',
    // Check the right, the declared type and the limits before reading the body, so refused
    // uploads cost no memory.
    async (req, res, next) => {
      const { board } = await requireAccess(access, req, String(req.params.id), {
        right: 'edit',
        refusal: 'Uploading images needs the edit right.',
      })
      const id = board.id
      res.locals.declared = declaredType(req)
      const address = clientAddress(req)
      const declaredBytes = declaredLength(req)
      if (declaredBytes > config.assetMaxBytes) throw imageTooLarge(config.assetMaxBytes)
      gate.checkBudget(address, declaredBytes, Date.now())
      await checkBoardQuota(id, declaredBytes)
      // Held until the answer is sent or the client goes away, whichever comes first.
      const release = gate.enter(address)
      res.once('close', release)
      next()
    },
    express.raw({ type: () => true, limit: config.assetMaxBytes }),
    async (req, res) => {
      const bytes: unknown = req.body
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        throw new HttpError(400, 'empty_body', 'Send the image bytes as the request body.')
      }
      const address = clientAddress(req)
      const now = Date.now()
      // A body sent without Content-Length is only known now: check, then count it.
      gate.checkBudget(address, bytes.length, now)
      gate.spend(address, bytes.length, now)
      const header = imageInfo(bytes)
      if (!header || header.mime !== res.locals.declared) {
        throw unsupported(
          header
            ? `The bytes are ${header.mime}, not ${String(res.locals.declared)}.`
            : 'The bytes are not a PNG, JPEG, WebP or GIF image.',
        )
      }
      const info = completeImage(bytes, header)
      if (!info) throw unsupported(`The ${header.mime} image is incomplete or malformed.`)
      if (info.width * info.height > uploads.maxPixels) {
        throw tooManyPixels(info, uploads.maxPixels, 'accepted')
      }
      const id = String(req.params.id)
      const hash = createHash('sha256').update(bytes).digest('hex')
      // The same image again costs the board nothing.
      const cost = (await store.getAsset(id, hash)) ? 0 : bytes.length
      await withinBoardQuota(id, cost, async () => {
        await files.write(hash, bytes)
        await store.addAsset({
          boardId: id,
          hash,
          mime: info.mime,
          size: bytes.length,
          width: info.width,
          height: info.height,
          createdAt: new Date(),
        })
      })
      log.info('image uploaded', { id, hash, mime: info.mime, size: bytes.length })
      const answer: UploadAssetResponse = {
        hash,
        url: assetPath(id, hash),
        mime: info.mime,
        width: info.width,
        height: info.height,
      }
      res.status(201).json(answer)
    },
  )
  router.all('/:id/assets', methodNotAllowed('POST'))

  router.get('/:id/assets/:hash', async (req, res) => {
    const { id } = (await requireAccess(access, req, String(req.params.id))).board
    const hash = String(req.params.hash)
    const asset = ASSET_HASH.test(hash) ? await store.getAsset(id, hash) : null
    if (!asset || !(await files.has(hash))) {
      throw new HttpError(404, 'asset_not_found', 'This board has no image with this hash.')
    }
    // An image stored before the pixel limit existed (or was lowered) is not handed to browsers
    // to decode; its bytes stay on disk.
    if (asset.width * asset.height > uploads.maxPixels) {
      throw tooManyPixels(asset, uploads.maxPixels, 'served')
    }
    res.set({
      'Content-Type': asset.mime,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      'Cache-Control': IMMUTABLE,
    })
    // An ETag is pointless for content-addressed bytes; the hash in the URL already is one.
    res.sendFile(files.path(hash), { etag: false, lastModified: false, cacheControl: false })
  })
  // Copying elements from one board to another carries image references; this makes the
  // target board show an image that the source board has, for someone holding tokens of both.
  router.post(
    '/:id/assets/:hash',
    async (req, _res, next) => {
      await requireAccess(access, req, String(req.params.id), {
        right: 'edit',
        refusal: 'Adding images needs the edit right.',
      })
      next()
    },
    express.json({ limit: 4096 }),
    async (req, res) => {
      const id = String(req.params.id)
      const hash = String(req.params.hash)
      const notFound = new HttpError(
        404,
        'asset_not_found',
        'The source board has no image with this hash, or the source token does not open it.',
      )
      if (!ASSET_HASH.test(hash)) throw notFound
      const from = copySource(req.body)
      let asset = await store.getAsset(id, hash)
      let status = 200
      if (!asset) {
        const opened = await access.decide(from.board, from.token)
        const source = opened.granted ? await store.getAsset(from.board, hash) : null
        if (!source || !(await files.has(hash))) throw notFound
        const copied = { ...source, boardId: id, createdAt: new Date() }
        await withinBoardQuota(id, source.size, () => store.addAsset(copied))
        asset = copied
        status = 201
        log.info('image copied', { id, hash, from: from.board })
      }
      const answer: UploadAssetResponse = {
        hash,
        url: assetPath(id, hash),
        mime: asset.mime as UploadAssetResponse['mime'],
        width: asset.width,
        height: asset.height,
      }
      res.status(status).json(answer)
    },
  )
  router.all('/:id/assets/:hash', methodNotAllowed('GET, POST'))

  return router
}

/** The declared image type (parameters ignored), or 415 for anything but PNG, JPEG, WebP, GIF. */
function declaredType(req: Request): string {
  const declared = req.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!isAssetMime(declared)) {
    throw unsupported(
      `Images must be sent as image/png, image/jpeg, image/webp or image/gif, not "${declared}".`,
    )
  }
  return declared
}

function unsupported(message: string): HttpError {
  return new HttpError(415, 'unsupported_media_type', message, {
    accepted: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
  })
}

/** The body of a copy: `{ "from": { "board": id, "token": token } }`, else 400. */
function copySource(body: unknown): { board: string; token: string } {
  const from = (body as { from?: { board?: unknown; token?: unknown } } | undefined)?.from
  if (typeof from?.board !== 'string' || typeof from.token !== 'string' || from.token === '') {
    throw new HttpError(
      400,
      'invalid_request',
      'Send { "from": { "board": <id>, "token": <token> } } naming the board that has the image.',
    )
  }
  return { board: from.board, token: from.token }
}

/**
 * The client as the upload limits count it: the socket's address, or the one TRUST_PROXY's
 * proxies forwarded (express's `req.ip` follows the `trust proxy` setting), grouped as the
 * realtime limits group it (an IPv6 line is one /64, not 2^64 clients).
 */
export function clientAddress(req: Request): string {
  return addressGroup(req.ip ?? req.socket.remoteAddress ?? 'unknown')
}

/** The body's declared length; 0 when it is sent in chunks (counted once read). */
function declaredLength(req: Request): number {
  const length = Number(req.get('content-length'))
  return Number.isSafeInteger(length) && length > 0 ? length : 0
}

function tooManyPixels(
  image: { width: number; height: number },
  max: number,
  verb: 'accepted' | 'served',
): HttpError {
  return uploadLimitError(
    413,
    'image_too_many_pixels',
    `The image has ${image.width} × ${image.height} pixels; at most ${max} pixels are ${verb}.`,
    'image_pixels',
    max,
  )
}

function imageTooLarge(max: number): HttpError {
  return uploadLimitError(
    413,
    'payload_too_large',
    `The image is larger than ${max} bytes.`,
    'image_bytes',
    max,
  )
}
