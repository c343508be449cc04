import { parseRoute, type Route } from './route.ts'

/** A tiny history router: the current route as state, navigation without page loads. */
class Router {
  route = $state.raw<Route>(parseRoute(location.pathname))

  constructor() {
    window.addEventListener('popstate', () => this.#update())
  }

  /** Goes to a path inside the app (it may carry a `#token`). */
  navigate(to: string, replace = false): void {
    if (replace) history.replaceState(null, '', to)
    else history.pushState(null, '', to)
    this.#update()
  }

  /** Click handler for in-app links: plain clicks navigate in place, modified ones do the default. */
  follow = (event: MouseEvent): void => {
    const anchor = event.currentTarget
    if (!(anchor instanceof HTMLAnchorElement)) return
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return
    if (anchor.origin !== location.origin) return
    event.preventDefault()
    this.navigate(anchor.pathname + anchor.search + anchor.hash)
  }

  #update(): void {
    this.route = parseRoute(location.pathname)
  }
}

export const router = new Router()
