import type { Router } from 'vue-router'

/**
 * A link to another feature's page (the inspection, the campaign) only when that page exists in
 * this build: the pages of issue 8 arrive on separate branches, and a link to a route the router
 * does not know would break the whole page.
 */
export function linkTo(router: Pick<Router, 'hasRoute'>, name: string, id: number | null | undefined) {
  if (id === null || id === undefined || !router.hasRoute(name)) return null
  return { name, params: { id } }
}
