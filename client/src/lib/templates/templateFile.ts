import { randomId } from '../../../../shared/ids.ts'
import {
  encodeTemplateFile,
  parseTemplateFile,
  templateFileName,
  type OwnTemplate,
  type TemplateFileResult,
} from './ownTemplate.ts'

/** Largest template file read (a template of 5,000 elements stays far below). */
const MAX_FILE_BYTES = 8 * 1024 * 1024

/** Offers the template as a JSON file download (made here, nothing goes to the server). */
export function downloadTemplate(template: OwnTemplate): void {
  const blob = new Blob([encodeTemplateFile(template)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = templateFileName(template)
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Reads a file the person picked as a template, with a new id for this browser. */
export async function readTemplateFile(file: File): Promise<TemplateFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'invalid' }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, problem: 'notJson' }
  }
  return parseTemplateFile(text, randomId())
}
