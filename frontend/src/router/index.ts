import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { installChunkRecovery } from './chunkRecovery'
import { canSee } from './nav'
import { ROUTE_TABLE } from './routeTable'

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string
    roles?: readonly Role[]
    /**
     * the menu entry a page belongs to, for pages that are not in the menu themselves; with several,
     * the first one the user's menu has
     */
    menu?: string | readonly string[]
  }
}

/** Each page's code, loaded when it is first opened. */
const views: Record<string, () => Promise<unknown>> = {
  home: () => import('@/views/home/HomeView.vue'),
  hazards: () => import('@/views/hazards/HazardsView.vue'),
  'hazard-new': () => import('@/views/hazards/HazardReportView.vue'),
  hazard: () => import('@/views/hazards/HazardView.vue'),
  ledger: () => import('@/views/ledger/LedgerView.vue'),
  'ledger-board': () => import('@/views/ledger/LedgerBoardView.vue'),
  closeouts: () => import('@/views/closeouts/CloseoutsView.vue'),
  units: () => import('@/views/units/UnitsView.vue'),
  people: () => import('@/views/people/PeopleView.vue'),
  profile: () => import('@/views/profile/ProfileView.vue'),
  checklists: () => import('@/views/checklists/ChecklistsView.vue'),
  checklist: () => import('@/views/checklists/ChecklistView.vue'),
  'inspection-plans': () => import('@/views/plans/InspectionPlansView.vue'),
  'inspection-plan': () => import('@/views/plans/InspectionPlanView.vue'),
  inspections: () => import('@/views/inspections/InspectionsView.vue'),
  'inspection-new': () => import('@/views/inspections/InspectionNewView.vue'),
  inspection: () => import('@/views/inspections/InspectionView.vue'),
  'enforcement-cases': () => import('@/views/enforcement/CasesView.vue'),
  'enforcement-case-new': () => import('@/views/enforcement/CaseOpenView.vue'),
  'enforcement-case': () => import('@/views/enforcement/CaseView.vue'),
  campaigns: () => import('@/views/campaigns/CampaignsView.vue'),
  campaign: () => import('@/views/campaigns/CampaignView.vue'),
  'enforcement-monitors': () => import('@/views/monitors/MonitorsView.vue'),
}

/** Route parameters that are numbers are passed to the page as numbers. */
const NUMBER_PROPS: Record<string, string[]> = {
  hazard: ['id'],
  checklist: ['id'],
  'inspection-plan': ['id'],
  inspection: ['id'],
  'enforcement-case': ['id'],
  campaign: ['id'],
}

export const routes: RouteRecordRaw[] = [
  ...ROUTE_TABLE.map((spec): RouteRecordRaw => {
    const component = views[spec.view]
    if (!component) throw new Error(`no view "${spec.view}" for route ${spec.name}`)
    const numbers = NUMBER_PROPS[spec.name]
    return {
      path: spec.path,
      name: spec.name,
      component,
      ...(numbers ? { props: (route: RouteLocationNormalized) => Object.fromEntries(numbers.map((key) => [key, Number(route.params[key])])) } : {}),
      meta: { titleKey: spec.titleKey, roles: spec.roles, ...(spec.menu ? { menu: spec.menu } : {}) },
    }
  }),
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({ history, routes })
  // Pages a role may not use are not in its menu; typing their address leads home.
  router.beforeEach((to) => {
    const session = useSessionStore()
    if (!canSee(session.roles, to.meta.roles)) return { name: 'home' }
    return true
  })
  // After a redeploy the old pages' code is gone: reload once, then say so.
  installChunkRecovery(router)
  return router
}
