import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { installChunkRecovery } from './chunkRecovery'
import { canSee, NAV_ITEMS, PEOPLE_ROLES } from './nav'

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

const views: Record<string, () => Promise<unknown>> = {
  home: () => import('@/views/home/HomeView.vue'),
  hazards: () => import('@/views/hazards/HazardsView.vue'),
  'hazard-new': () => import('@/views/hazards/HazardReportView.vue'),
  ledger: () => import('@/views/ledger/LedgerView.vue'),
  'ledger-board': () => import('@/views/ledger/LedgerBoardView.vue'),
  closeouts: () => import('@/views/closeouts/CloseoutsView.vue'),
  units: () => import('@/views/units/UnitsView.vue'),
  people: () => import('@/views/people/PeopleView.vue'),
  profile: () => import('@/views/profile/ProfileView.vue'),
}

export const routes: RouteRecordRaw[] = [
  ...NAV_ITEMS.map(
    (item): RouteRecordRaw => ({
      path: item.path,
      name: item.name,
      component: views[item.name]!,
      meta: { titleKey: item.labelKey, roles: item.roles },
    }),
  ),
  {
    path: '/hazards/:id(\\d+)',
    name: 'hazard',
    component: () => import('@/views/hazards/HazardView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'nav.hazards', roles: PEOPLE_ROLES, menu: 'hazards' },
  },
  {
    // a unit's ledger of a month: any unit's from the board, one's own from a notification (the server decides who may read it)
    path: '/ledger/:unitId(\\d+)/:period(\\d{4}-\\d{2})',
    name: 'ledger-unit',
    component: views.ledger!,
    meta: { titleKey: 'nav.ledger', roles: PEOPLE_ROLES, menu: ['ledger-board', 'ledger'] },
  },
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
