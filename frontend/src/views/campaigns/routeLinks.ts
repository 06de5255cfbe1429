import type { RouteLocationRaw, Router } from 'vue-router'

/**
 * A link to another feature's page by its route name (the names are agreed in the plan), or
 * nothing while that page is not part of this build: the record is then shown as plain text
 * instead of a link that the router would refuse.
 */
export function linkIfRouted(router: Router, location: { name: string; params?: Record<string, string | number>; query?: Record<string, string | number> }): RouteLocationRaw | null {
  return router.hasRoute(location.name) ? location : null
}
