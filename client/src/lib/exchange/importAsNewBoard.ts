import type { ApiError, CreateBoardResponse } from '../../../../shared/api.ts'
import { BoardImportError } from '../../../../shared/exchange/importError.ts'
import { parseBoardJsonText } from '../../../../shared/exchange/parseBoardJson.ts'
import { CLIENT_IMPORT_MAX_BYTES } from './fileKinds.ts'

/** A board created from a file, with the images it shows that did not come with it. */
export interface ImportedBoard extends CreateBoardResponse {
  missingImages: string[]
}

/** Why a file did not become a board. */
export type ImportAsNewBoardResult =
  | { ok: true; board: ImportedBoard }
  | { ok: false; reason: 'unsupported' | 'unauthorized' | 'network' }
  | { ok: false; reason: 'refused'; code: string; message: string; path: string }

type Fetch = typeof fetch

/**
 * A new board from a file on the start page: a `.werkraum` file is sent as it is
 * (`POST /api/boards/import`), a board JSON is checked here and sent as `import` of
 * `POST /api/boards`. The server checks everything again and creates nothing from a bad file.
 */
export async function importAsNewBoard(
  file: File,
  createToken: string | null,
  fetchFn: Fetch = fetch,
): Promise<ImportAsNewBoardResult> {
  const name = file.name.toLowerCase()
  if (file.size > CLIENT_IMPORT_MAX_BYTES) {
    return refused('import_too_large', `The file has ${file.size} bytes.`, '')
  }
  const headers: Record<string, string> = {}
  if (createToken) headers.Authorization = `Bearer ${createToken}`
  let request: RequestInit
  if (name.endsWith('.werkraum')) {
    headers['Content-Type'] = 'application/vnd.werkraum+zip'
    request = { method: 'POST', headers, body: file }
  } else if (name.endsWith('.json')) {
    let board
    try {
      board = parseBoardJsonText(await file.text())
    } catch (err) {
      if (err instanceof BoardImportError) {
        return refused(err.code, err.message, err.problems[0]?.path ?? '')
      }
      throw err
    }
    headers['Content-Type'] = 'application/json'
    request = { method: 'POST', headers, body: JSON.stringify({ import: board }) }
  } else {
    return { ok: false, reason: 'unsupported' }
  }
  const url = name.endsWith('.werkraum') ? '/api/boards/import' : '/api/boards'
  let response: Response
  try {
    response = await fetchFn(url, request)
  } catch {
    return { ok: false, reason: 'network' }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // A proxy's error page: judged by its status.
  }
  if (response.status === 201 && isCreated(body)) {
    return { ok: true, board: { ...body, missingImages: body.missingImages ?? [] } }
  }
  if (response.status === 401 || response.status === 403)
    return { ok: false, reason: 'unauthorized' }
  const error = body as Partial<ApiError> & { details?: Array<{ path?: string }> }
  return refused(
    typeof error?.error === 'string' ? error.error : `http_${response.status}`,
    typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
    Array.isArray(error?.details) ? (error.details[0]?.path ?? '') : '',
  )
}

function refused(code: string, message: string, path: string): ImportAsNewBoardResult {
  return { ok: false, reason: 'refused', code, message, path }
}

function isCreated(body: unknown): body is CreateBoardResponse & { missingImages?: string[] } {
  const b = body as Partial<CreateBoardResponse> | null
  return (
    typeof b?.id === 'string' &&
    typeof b.facilitatorToken === 'string' &&
    typeof b.links === 'object'
  )
}
