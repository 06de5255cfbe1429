import type { Role } from '@/api/types'
import { NAV_ITEMS, PEOPLE_ROLES } from './nav'

/**
 * Every page of the app, without its code: what the router is built from (index.ts adds the
 * components), and what the browser test of every route as every role walks through
 * (e2e/routes.e2e.ts), so that a new page is covered as soon as it is added here.
 */
export interface RouteSpec {
  name: string
  path: string
  titleKey: string
  /** who may open it; everybody signed in when absent */
  roles?: readonly Role[]
  /** the menu entry a page belongs to, for pages that are not in the menu themselves */
  menu?: string | readonly string[]
  /** the page's code: a key of the router's views */
  view: string
}

export const ROUTE_TABLE: readonly RouteSpec[] = [
  ...NAV_ITEMS.map((item): RouteSpec => ({ name: item.name, path: item.path, titleKey: item.labelKey, roles: item.roles, view: item.name })),
  { name: 'hazard', path: '/hazards/:id(\\d+)', titleKey: 'nav.hazards', roles: PEOPLE_ROLES, menu: 'hazards', view: 'hazard' },
  // a unit's ledger of a month: any unit's from the board, one's own from a notification (the server decides who may read it)
  { name: 'ledger-unit', path: '/ledger/:unitId(\\d+)/:period(\\d{4}-\\d{2})', titleKey: 'nav.ledger', roles: PEOPLE_ROLES, menu: ['ledger-board', 'ledger'], view: 'ledger' },
  { name: 'checklist', path: '/checklists/:id(\\d+)', titleKey: 'nav.checklists', roles: ['town-admin', 'leader', 'office-head'], menu: 'checklists', view: 'checklist' },
  { name: 'inspection-plan', path: '/inspection-plans/:id(\\d+)', titleKey: 'nav.inspectionPlans', roles: ['town-admin', 'leader', 'office-head'], menu: 'inspection-plans', view: 'inspection-plan' },
  { name: 'inspection-new', path: '/inspections/new', titleKey: 'inspection.new.title', roles: ['town-admin', 'office-head'], menu: 'inspections', view: 'inspection-new' },
  { name: 'inspection', path: '/inspections/:id(\\d+)', titleKey: 'nav.inspections', roles: PEOPLE_ROLES, menu: 'inspections', view: 'inspection' },
  { name: 'enforcement-case-new', path: '/enforcement-cases/new', titleKey: 'enforcement.open.title', roles: ['town-admin', 'office-head'], menu: 'enforcement-cases', view: 'enforcement-case-new' },
  { name: 'enforcement-case', path: '/enforcement-cases/:id(\\d+)', titleKey: 'enforcement.caseTitle', roles: PEOPLE_ROLES, menu: 'enforcement-cases', view: 'enforcement-case' },
  { name: 'campaign', path: '/campaigns/:id(\\d+)', titleKey: 'nav.campaigns', roles: PEOPLE_ROLES, menu: 'campaigns', view: 'campaign' },
]
