import type { ApiError, BoardInfo, CreateBoardResponse } from '../../../../shared/api.ts'
import { isRight } from '../../../../shared/rights.ts'

/** The outcome of an API call, with the failures the UI tells apart. */
export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'unauthorized' | 'notFound' | 'network' | 'server'; detail: string }

type Fetch = typeof fetch

async function call<T>(
  fetchFn: Fetch,
  url: string,
  init: RequestInit,
  parse: (body: unknown) => T | null,
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetchFn(url, init)
  } catch (err) {
    return {
      ok: false,
      reason: 'network',
      detail: err instanceof Error ? err.message : String(err),
    }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // An empty or non-JSON answer (a proxy's error page): judged by its status below.
  }
  if (response.ok) {
    const value = parse(body)
    if (value !== null) return { ok: true, value }
    return { ok: false, reason: 'server', detail: 'unexpected answer' }
  }
  const detail = describeError(response.status, body)
  if (response.status === 401 || response.status === 403) {
    return { ok: false, reason: 'unauthorized', detail }
  }
  if (response.status === 404) return { ok: false, reason: 'notFound', detail }
  return { ok: false, reason: 'server', detail }
}

function describeError(status: number, body: unknown): string {
  const error = body as Partial<ApiError> | null
  return typeof error?.message === 'string' ? `${status}: ${error.message}` : `HTTP ${status}`
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

function parseCreated(body: unknown): CreateBoardResponse | null {
  if (!isRecord(body) || !isRecord(body.links)) return null
  const { id, title, editToken, viewToken, facilitatorToken, links } = body
  const strings = [
    id,
    title,
    editToken,
    viewToken,
    facilitatorToken,
    links.edit,
    links.view,
    links.facilitate,
  ]
  if (!strings.every((s) => typeof s === 'string')) return null
  return body as unknown as CreateBoardResponse
}

function parseInfo(body: unknown): BoardInfo | null {
  if (!isRecord(body) || typeof body.id !== 'string' || !isRight(body.role)) return null
  return {
    id: body.id,
    title: typeof body.title === 'string' ? body.title : '',
    role: body.role,
    createdAt: typeof body.createdAt === 'string' ? body.createdAt : '',
    schemaVersion: typeof body.schemaVersion === 'number' ? body.schemaVersion : 0,
  }
}

/** What a new board starts from: a built-in template, written in one language. */
export interface NewBoardContent {
  template?: string
  language?: 'de' | 'en'
}

/** `POST /api/boards`. `createToken` is only needed when the server is configured with one. */
export function createBoard(
  title: string,
  createToken: string | null,
  fetchFn: Fetch = fetch,
  content: NewBoardContent = {},
): Promise<ApiResult<CreateBoardResponse>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (createToken) headers.Authorization = `Bearer ${createToken}`
  const body: Record<string, string> = title.trim() ? { title: title.trim() } : {}
  if (content.template !== undefined) body.template = content.template
  if (content.language !== undefined) body.language = content.language
  return call(
    fetchFn,
    '/api/boards',
    { method: 'POST', headers, body: JSON.stringify(body) },
    parseCreated,
  )
}

/** `GET /api/boards/:id` with the link's token: what the board is and what this token may do. */
export function fetchBoardInfo(
  id: string,
  token: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardInfo>> {
  return call(
    fetchFn,
    `/api/boards/${encodeURIComponent(id)}`,
    { headers: { Authorization: `Bearer ${token}` } },
    parseInfo,
  )
}

/** Why a rename failed, as the facilitator needs to hear it. */
export type RenameFailure = 'invalid' | 'forbidden' | 'notFound' | 'network' | 'server'

export type RenameResult = { ok: true; title: string } | { ok: false; reason: RenameFailure }

/**
 * `PATCH /api/boards/:id` with the facilitator's token: the board's new title (trimmed by the
 * server, which answers with it). Everyone on the board sees it through the document.
 */
export async function renameBoard(
  id: string,
  title: string,
  token: string,
  fetchFn: Fetch = fetch,
): Promise<RenameResult> {
  let response: Response
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title }),
    })
  } catch {
    return { ok: false, reason: 'network' }
  }
  const body: unknown = await response.json().catch(() => null)
  if (response.ok) {
    return isRecord(body) && typeof body.title === 'string'
      ? { ok: true, title: body.title }
      : { ok: false, reason: 'server' }
  }
  if (response.status === 400) return { ok: false, reason: 'invalid' }
  if (response.status === 401 || response.status === 403) return { ok: false, reason: 'forbidden' }
  if (response.status === 404) return { ok: false, reason: 'notFound' }
  return { ok: false, reason: 'server' }
}
