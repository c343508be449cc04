/**
 * Takes a remote change into a text field without throwing the caret away: the caret and the
 * selection stay next to the same characters as far as the change lets us tell (common prefix
 * and suffix, as the operation that wrote it).
 */
export function mergeRemoteText(
  local: string,
  remote: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  let prefix = 0
  const max = Math.min(local.length, remote.length)
  while (prefix < max && local.charCodeAt(prefix) === remote.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < max - prefix &&
    local.charCodeAt(local.length - 1 - suffix) === remote.charCodeAt(remote.length - 1 - suffix)
  ) {
    suffix++
  }
  const changeEndLocal = local.length - suffix
  const delta = remote.length - local.length
  const shift = (pos: number): number => {
    if (pos <= prefix) return pos
    if (pos >= changeEndLocal) return pos + delta
    return Math.min(prefix + (remote.length - suffix - prefix), remote.length)
  }
  return { text: remote, start: shift(start), end: shift(end) }
}
