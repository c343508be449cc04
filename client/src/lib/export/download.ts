/** How long a saved blob's URL lives: some browsers read it after the click has returned. */
const REVOKE_AFTER_MS = 60_000

/**
 * Saves a blob as a file named `name`, through a temporary link with `download`: the browser's
 * own download, with no token in any URL (the blob's URL holds only the bytes).
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Freed later, not at once: some browsers read the URL only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
