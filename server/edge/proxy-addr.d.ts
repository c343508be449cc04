// The part of proxy-addr (the module express computes `req.ip` with) that Werkraum uses; the
// package ships no types.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http'

  /** Whether the hop `address`, `index` hops from the socket, may set X-Forwarded-For. */
  type TrustFunction = (address: string, index: number) => boolean

  /**
   * The client's address: the socket's, or the X-Forwarded-For entry the trusted hops name.
   * Undefined when the socket is already gone (a reset clears its peer address).
   */
  function proxyaddr(req: IncomingMessage, trust: TrustFunction): string | undefined

  namespace proxyaddr {
    /** Compiles addresses, subnets and the names loopback, linklocal, uniquelocal. */
    function compile(value: string | string[]): TrustFunction
  }

  export = proxyaddr
}
