import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import {
  addressGroup,
  clientAddress,
  compileTrustProxy,
} from '../../../server/edge/clientAddress.ts'

/** An upgrade request as the HTTP server hands it over: headers and the socket's peer. */
function request(remoteAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage
}

describe('clientAddress', () => {
  it('is the socket`s peer unless a proxy is trusted', () => {
    const trust = compileTrustProxy(null)
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), trust)).toBe('203.0.113.7')
  })

  it('is null once the socket was reset (its peer address is gone)', () => {
    expect(clientAddress(request(undefined), compileTrustProxy(null))).toBeNull()
    expect(clientAddress(request(undefined, '198.51.100.1'), compileTrustProxy(1))).toBeNull()
  })

  it('believes as many hops as TRUST_PROXY counts', () => {
    const one = compileTrustProxy(1)
    const req = request('10.0.0.2', '198.51.100.9, 198.51.100.1')
    expect(clientAddress(req, one)).toBe('198.51.100.1')
    expect(clientAddress(req, compileTrustProxy(2))).toBe('198.51.100.9')
  })

  it('believes only the listed proxy addresses', () => {
    const trust = compileTrustProxy('loopback,10.0.0.0/8')
    expect(clientAddress(request('127.0.0.1', '198.51.100.1'), trust)).toBe('198.51.100.1')
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), trust)).toBe('203.0.113.7')
    // A client behind the proxy cannot add hops of its own choosing in front of it.
    expect(clientAddress(request('10.0.0.2', '1.1.1.1, 198.51.100.1'), trust)).toBe('198.51.100.1')
  })
})

describe('addressGroup', () => {
  it.each([
    ['198.51.100.1', '198.51.100.1'],
    ['::ffff:198.51.100.1', '198.51.100.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:2:3:4:1.2.3.4', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s as %s', (address, group) => {
    expect(addressGroup(address)).toBe(group)
  })

  it('puts every address of one IPv6 /64 in one group', () => {
    expect(addressGroup('2001:db8:aa:bb::1')).toBe(addressGroup('2001:db8:aa:bb:ffff:1:2:3'))
    expect(addressGroup('2001:db8:aa:bb::1')).not.toBe(addressGroup('2001:db8:aa:bc::1'))
  })
})
