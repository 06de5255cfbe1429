import type { Component } from 'vue'
import {
  Avatar,
  Calendar,
  CircleCheck,
  DataAnalysis,
  DocumentChecked,
  EditPen,
  Flag,
  HomeFilled,
  List,
  Notebook,
  OfficeBuilding,
  Odometer,
  Stamp,
  User,
  Warning,
} from '@element-plus/icons-vue'
import type { Role } from '@/api/types'

export interface NavItem {
  /** route name */
  name: string
  path: string
  labelKey: string
  icon: Component
  /** who may open the page; everybody signed in when absent */
  roles?: readonly Role[]
  /** who finds it in the menu, when fewer than may open it */
  menuRoles?: readonly Role[]
}

/** The people who work in the town; the integration role is a machine and never uses the UI. */
export const PEOPLE_ROLES: readonly Role[] = ['town-admin', 'leader', 'office-head', 'village-officer']
/** Who reports hazards (step 1); leaders only read. */
export const REPORTER_ROLES: readonly Role[] = ['town-admin', 'office-head', 'village-officer']
/** Who keeps a unit's own monthly ledger. */
export const LEDGER_ROLES: readonly Role[] = ['town-admin', 'office-head', 'village-officer']
/** Who sees the whole town: the emergency office and the town leaders. */
export const TOWN_WIDE_ROLES: readonly Role[] = ['town-admin', 'leader']

export const NAV_ITEMS: readonly NavItem[] = [
  { name: 'home', path: '/', labelKey: 'nav.home', icon: HomeFilled },
  { name: 'hazards', path: '/hazards', labelKey: 'nav.hazards', icon: Warning, roles: PEOPLE_ROLES },
  { name: 'hazard-new', path: '/hazards/new', labelKey: 'nav.report', icon: EditPen, roles: REPORTER_ROLES },
  { name: 'ledger', path: '/ledger', labelKey: 'nav.ledger', icon: Notebook, roles: LEDGER_ROLES },
  { name: 'ledger-board', path: '/ledger-board', labelKey: 'nav.ledgerBoard', icon: DataAnalysis, roles: TOWN_WIDE_ROLES },
  {
    name: 'closeouts',
    path: '/closeouts',
    labelKey: 'nav.closeouts',
    icon: CircleCheck,
    roles: PEOPLE_ROLES,
    menuRoles: ['town-admin', 'leader', 'office-head'],
  },
  // issue 8: inspections, plans, checklists, cases, campaigns and their monitors
  // a village officer finds the inspections of its own unit here (the server scopes the list)
  { name: 'inspections', path: '/inspections', labelKey: 'nav.inspections', icon: DocumentChecked, roles: PEOPLE_ROLES },
  { name: 'inspection-plans', path: '/inspection-plans', labelKey: 'nav.inspectionPlans', icon: Calendar, roles: ['town-admin', 'leader', 'office-head'] },
  // checklists are read by the town's people who inspect or oversee; written by the emergency office and offices with powers
  {
    name: 'checklists',
    path: '/checklists',
    labelKey: 'nav.checklists',
    icon: List,
    roles: ['town-admin', 'leader', 'office-head'],
    menuRoles: ['town-admin', 'office-head'],
  },
  // 执法台账: the party's village officer may open a case against its unit (from a link), the menu is for the offices
  {
    name: 'enforcement-cases',
    path: '/enforcement-cases',
    labelKey: 'nav.enforcementCases',
    icon: Stamp,
    roles: PEOPLE_ROLES,
    menuRoles: ['town-admin', 'leader', 'office-head'],
  },
  // 专项整治行动: everyone may open one from a linked inspection or case; the menu is for those who run or watch them.
  { name: 'campaigns', path: '/campaigns', labelKey: 'nav.campaigns', icon: Flag, roles: PEOPLE_ROLES, menuRoles: ['town-admin', 'leader', 'office-head'] },
  { name: 'enforcement-monitors', path: '/enforcement/monitors', labelKey: 'nav.enforcementMonitors', icon: Odometer, roles: ['town-admin', 'leader', 'office-head'] },
  // Everyone may look a unit or a colleague up; the menu keeps village officers and office heads to their daily work.
  { name: 'units', path: '/units', labelKey: 'nav.units', icon: OfficeBuilding, roles: PEOPLE_ROLES, menuRoles: TOWN_WIDE_ROLES },
  { name: 'people', path: '/people', labelKey: 'nav.people', icon: User, roles: PEOPLE_ROLES, menuRoles: TOWN_WIDE_ROLES },
  { name: 'profile', path: '/profile', labelKey: 'nav.profile', icon: Avatar },
]

export function canSee(roles: readonly string[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => roles.includes(role))
}

/** The side navigation for a user with these roles. */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(roles, item.menuRoles ?? item.roles))
}
