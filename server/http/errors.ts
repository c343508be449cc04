import type { ErrorRequestHandler, RequestHandler, Response } from 'express'
import type { ApiError } from '../../shared/api.ts'
import type { Logger } from '../log.ts'
import { AssetStorageFullError } from '../assets/assetFiles.ts'
import { StorageUnavailableError } from '../store/BoardStore.ts'

/** An error the API answers as is: status, a snake_case code for programs, a sentence for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** Writes the one error shape of the API (`ApiError`). */
export function sendError(res: Response, status: number, body: ApiError): void {
  res.status(status).set('Cache-Control', 'no-store').json(body)
}

/** 404 for any path nothing else answered. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, {
    error: 'not_found',
    message: `Nothing at ${req.method} ${req.baseUrl}${req.path}.`,
  })
}

/** Answers a known path asked with the wrong method, naming the ones it takes. */
export function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    res.set('Allow', allow)
    sendError(res, 405, {
      error: 'method_not_allowed',
      message: `${req.method} is not supported here; use ${allow}.`,
    })
  }
}

/**
 * Errors raised by express and its body parser for a bad request carry a 4xx `status`, and the
 * body parser a `type` saying what was wrong. Their messages are not meant for people.
 */
interface ClientError {
  status: number
  type?: string
  limit?: number
}

function isClientError(err: unknown): err is ClientError {
  const status = (err as Partial<ClientError> | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/**
 * Last middleware: every failure becomes an `ApiError`. Storage the operator must fix is a 503
 * with its message; anything unexpected is a 500 that is logged but never shows a stack.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err)
      return
    }
    // Path without the query string, which may carry a token.
    const where = { method: req.method, path: `${req.baseUrl}${req.path}` }
    if (err instanceof HttpError) {
      res.set(err.headers)
      const body: ApiError = { error: err.code, message: err.message }
      if (err.details !== undefined) body.details = err.details
      sendError(res, err.status, body)
    } else if (err instanceof AssetStorageFullError) {
      log.error('no space left for an image', { ...where, err })
      sendError(res, 507, { error: 'insufficient_storage', message: err.message })
    } else if (err instanceof StorageUnavailableError) {
      log.error('storage unavailable', { ...where, err })
      sendError(res, 503, { error: 'storage_unavailable', message: err.message })
    } else if (isClientError(err)) {
      sendError(res, err.status, clientErrorBody(err))
    } else {
      log.error('request failed', { ...where, err })
      sendError(res, 500, {
        error: 'internal_error',
        message: 'Something went wrong on the server.',
      })
    }
  }
}

function clientErrorBody(err: ClientError): ApiError {
  switch (err.type) {
    case 'entity.too.large':
      return {
        error: 'payload_too_large',
        message: `The request body is larger than ${err.limit ?? 'allowed'} bytes.`,
      }
    case 'entity.parse.failed':
      return { error: 'invalid_json', message: 'The request body is not valid JSON.' }
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { error: 'unsupported_encoding', message: 'Send the body as UTF-8 JSON.' }
    default:
      return err.status === 404
        ? { error: 'not_found', message: 'There is nothing at this address.' }
        : { error: 'bad_request', message: 'The request could not be understood.' }
  }
}
