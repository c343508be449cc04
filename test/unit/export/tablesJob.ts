import type * as Y from 'yjs'
import { parseExportQuery } from '../../../shared/export/options.ts'
import type { ExportFormat, ExportJob } from '../../../server/export/formats.ts'

/** Writes `doc` with `format` as the export route would, for a query like the URL's. */
export async function writeTables(
  format: ExportFormat,
  doc: Y.Doc,
  query: Record<string, string> = {},
): Promise<Uint8Array> {
  const job: ExportJob = {
    doc,
    boardId: 'b1',
    title: 'Workshop Müllheim',
    options: parseExportQuery({ format: format.id, ...query }),
    now: new Date('2026-12-07T10:00:00Z'),
    assets: [],
    readAsset: () => Promise.resolve(null),
    boardUrl: '/b/b1',
  }
  return format.write(job)
}
