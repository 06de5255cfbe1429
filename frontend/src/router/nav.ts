import type { Component } from 'vue'
import { HomeFilled, OfficeBuilding, User, Avatar } from '@element-plus/icons-vue'
import type { Role } from '@/api/types'

export interface NavItem {
  /** route name */
  name: string
  path: string
  labelKey: string
  icon: Component
  /** who sees it; everybody signed in when absent */
  roles?: readonly Role[]
}

/** The people who work in the town; the integration role is a machine and never uses the UI. */
export const PEOPLE_ROLES: readonly Role[] = ['town-admin', 'leader', 'office-head', 'village-officer']

export const NAV_ITEMS: readonly NavItem[] = [
  { name: 'home', path: '/', labelKey: 'nav.home', icon: HomeFilled },
  { name: 'units', path: '/units', labelKey: 'nav.units', icon: OfficeBuilding, roles: PEOPLE_ROLES },
  { name: 'people', path: '/people', labelKey: 'nav.people', icon: User, roles: PEOPLE_ROLES },
  { name: 'profile', path: '/profile', labelKey: 'nav.profile', icon: Avatar },
]

export function canSee(roles: readonly string[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => roles.includes(role))
}

/** The side navigation for a user with these roles. */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(roles, item.roles))
}
