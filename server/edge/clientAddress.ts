import type { IncomingMessage } from 'node:http'
import { isIPv4, isIPv6 } from 'node:net'
import proxyaddr from 'proxy-addr'

/** Whether the hop `address`, `index` hops from the socket, is a proxy that may be believed. */
export type TrustProxy = (address: string, index: number) => boolean

/**
 * TRUST_PROXY (`Config.trustProxy`) compiled exactly as express compiles `trust proxy`, so that
 * the realtime sockets count the same client address as the HTTP rate limit: a number trusts that
 * many hops, a string the listed addresses and subnets, null no one.
 */
export function compileTrustProxy(trust: number | string | null): TrustProxy {
  if (trust === null) return () => false
  if (typeof trust === 'number') return (_address, index) => index < trust
  return proxyaddr.compile(trust.split(',').map((item) => item.trim()))
}

/**
 * The client's address as express's `req.ip` would name it; null when the socket was reset
 * already (its peer address is gone with it).
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | null {
  if (req.socket.remoteAddress === undefined) return null
  return proxyaddr(req, trust) ?? null
}

/**
 * What one client is, for counting: an IPv4 address (also when written IPv4-mapped), or the /64
 * network of an IPv6 address, since a single home or office line gets a whole /64 and could
 * otherwise open connections from 2^64 addresses.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped?.[1] !== undefined) return mapped[1]
  const bare = address.replace(/%.*$/, '')
  if (isIPv4(bare) || !isIPv6(bare)) return bare
  return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const split = (part: string): string[] => (part === '' ? [] : part.split(':'))
  const front = split(head)
  const back = split(tail ?? '')
  // An embedded IPv4 address at the end fills the last two groups.
  const width = (groups: string[]): number =>
    groups.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0)
  const missing = 8 - width(front) - width(back)
  const groups = [...front, ...Array<string>(Math.max(missing, 0)).fill('0'), ...back]
  return groups.map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)))
}
