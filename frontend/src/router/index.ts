import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { canSee, NAV_ITEMS } from './nav'

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string
    roles?: readonly Role[]
  }
}

const views: Record<string, () => Promise<unknown>> = {
  home: () => import('@/views/home/HomeView.vue'),
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
  return router
}
