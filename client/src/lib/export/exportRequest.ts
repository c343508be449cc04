/** Why an export did not arrive, as the dialog tells it. */
export type ExportFailureKind =
  | 'unavailable' // 501: the server does not write this format (yet)
  | 'busy' // 503 or 429: try again shortly
  | 'refused' // 400: this choice cannot be exported (an unknown frame)
  | 'forbidden' // 401 or 403: the link no longer opens the board
  | 'notFound' // 404: the board is gone
  | 'tooNew' // 409: written by a newer Werkraum
  | 'network' // no answer at all
  | 'aborted' // the person cancelled
  | 'server' // anything else

export type ExportOutcome =
  | {
      ok: true
      blob: Blob
      fileName: string
      /** The scale a PNG was drawn at (`X-Export-Scale`), when the server says. */
      scale: number | null
      /** How many images the file names as missing (`X-Export-Missing-Images`). */
      missingImages: number
    }
  | {
      ok: false
      kind: ExportFailureKind
      /** HTTP status; 0 without an answer. */
      status: number
      /** The server's message (its JSON `message`), '' when it sent none. */
      message: string
      /** Seconds the server asks to wait before trying again (`Retry-After`), when it says. */
      retryAfter?: number
    }

type Fetch = typeof fetch

/** The failure for an answer's status. */
export function failureKind(status: number): ExportFailureKind {
  if (status === 501) return 'unavailable'
  if (status === 503 || status === 429) return 'busy'
  if (status === 400) return 'refused'
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 404) return 'notFound'
  if (status === 409) return 'tooNew'
  return 'server'
}

/**
 * The file name of an attachment (RFC 6266): the UTF-8 `filename*` when there is one, else the
 * plain `filename`; null when the header names none. Path separators are never kept.
 */
export function attachmentName(header: string | null): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  let name: string | null = null
  if (star) {
    try {
      name = decodeURIComponent((star[1] as string).trim())
    } catch {
      name = null
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header)
    name = plain ? (plain[1] ?? plain[2] ?? '').trim() : null
  }
  if (name === null) return null
  const base = name.replace(/[\\/]/g, '-').trim()
  return base === '' ? null : base
}

async function serverMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown } | null
    return typeof body?.message === 'string' ? body.message : ''
  } catch {
    // A proxy's error page: the status says enough.
    return ''
  }
}

/**
 * Asks the server for an export. The token goes in the `Authorization` header, never in the
 * URL (proxy logs and the browser history keep URLs). `fallbackName` is used when the answer
 * names no file.
 */
export async function requestExport(
  boardId: string,
  token: string,
  query: URLSearchParams,
  fallbackName: string,
  { fetchFn = fetch, signal }: { fetchFn?: Fetch; signal?: AbortSignal } = {},
): Promise<ExportOutcome> {
  let response: Response
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(boardId)}/export?${query}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    })
  } catch {
    return { ok: false, kind: signal?.aborted ? 'aborted' : 'network', status: 0, message: '' }
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after') ?? NaN)
    return {
      ok: false,
      kind: failureKind(response.status),
      status: response.status,
      message: await serverMessage(response),
      ...(Number.isInteger(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
    }
  }
  try {
    const blob = await response.blob()
    const fileName = attachmentName(response.headers.get('content-disposition')) ?? fallbackName
    const scale = Number(response.headers.get('x-export-scale') ?? NaN)
    const missing = response.headers.get('x-export-missing-images') ?? ''
    return {
      ok: true,
      blob,
      fileName,
      scale: Number.isFinite(scale) && scale > 0 ? scale : null,
      missingImages: missing === '' ? 0 : missing.split(',').length,
    }
  } catch {
    return {
      ok: false,
      kind: signal?.aborted ? 'aborted' : 'network',
      status: response.status,
      message: '',
    }
  }
}
