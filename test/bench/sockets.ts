import { readFileSync, readdirSync, readlinkSync } from 'node:fs'

export interface SocketCensus {
  tcp: number
  udp: number
  /** `address:port` of every TCP/UDP socket of the process not bound or connected to loopback. */
  nonLoopback: string[]
}

/**
 * Lists the IP sockets a process holds and which of them leave loopback, from /proc: its fds
 * name socket inodes, its network namespace's tcp/udp tables give their addresses.
 */
export function socketCensus(pid: number): SocketCensus {
  const inodes = new Set<string>()
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (m?.[1]) inodes.add(m[1])
    } catch {
      // fd closed while we listed it
    }
  }
  const census: SocketCensus = { tcp: 0, udp: 0, nonLoopback: [] }
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6'] as const) {
    let text: string
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      const [local, remote, inode] = [cols[1], cols[2], cols[9]]
      if (!local || !remote || !inode || !inodes.has(inode)) continue
      if (table.startsWith('tcp')) census.tcp++
      else census.udp++
      if (!isLoopback(local, false)) census.nonLoopback.push(`${table} local ${local}`)
      if (!isLoopback(remote, true)) census.nonLoopback.push(`${table} remote ${remote}`)
    }
  }
  return census
}

/**
 * `0100007F:1F90` style addresses of /proc/net: IPv4 little-endian hex, IPv6 as 4 words. An
 * all-zero local address listens on every interface; an all-zero remote one is merely unset.
 */
function isLoopback(hexEnd: string, remote: boolean): boolean {
  const ip = hexEnd.split(':')[0] ?? ''
  if (/^0+$/.test(ip)) return remote
  if (ip.length === 8) return ip.endsWith('7F') // 127.0.0.0/8
  if (ip === '00000000000000000000000001000000') return true // ::1
  return /^0000000000000000FFFF0000[0-9A-F]{6}7F$/.test(ip) // ::ffff:127.x.y.z
}
