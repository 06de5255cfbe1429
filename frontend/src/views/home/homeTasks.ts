import type { RouteLocationRaw } from 'vue-router'
import type { Role } from '@/api/types'

/** One thing a role does in Anjian, said in its words, with the page where it is done. */
export interface HomeTask {
  /** i18n key under home.task */
  key: string
  /** buttons: i18n key under home.go, and where each leads */
  links: { label: string; to: RouteLocationRaw; testid?: string }[]
}

const report: HomeTask = { key: 'report', links: [{ label: 'report', to: { name: 'hazard-new' }, testid: 'home-report' }] }
const ledger = (key: string): HomeTask => ({ key, links: [{ label: 'ledger', to: { name: 'ledger' }, testid: 'home-ledger' }] })

/**
 * What each role comes for, most frequent first. A village officer reports and files the
 * village's ledger; an office head registers and follows the hazards of the office and its
 * sectors; the emergency office closes hazards out, reports major ones and reviews the ledgers;
 * leaders read.
 */
export const HOME_TASKS: Record<Exclude<Role, 'integration'>, HomeTask[]> = {
  'village-officer': [
    report,
    { key: 'followVillage', links: [{ label: 'villageHazards', to: { name: 'hazards' } }] },
    ledger('villageLedger'),
  ],
  'office-head': [
    { key: 'register', links: [{ label: 'toRegister', to: { name: 'hazards', query: { state: 'FOUND' } } }] },
    { key: 'rectify', links: [{ label: 'rectifying', to: { name: 'hazards', query: { state: 'RECTIFYING' } } }] },
    report,
    ledger('officeLedger'),
  ],
  'town-admin': [
    { key: 'close', links: [{ label: 'toClose', to: { name: 'hazards', query: { state: 'VERIFIED' } } }] },
    { key: 'district', links: [{ label: 'toDistrict', to: { name: 'hazards', query: { awaitsDistrictReport: 'true' } } }] },
    { key: 'reviewLedgers', links: [{ label: 'board', to: { name: 'ledger-board' } }] },
    { key: 'directory', links: [{ label: 'units', to: { name: 'units' } }, { label: 'people', to: { name: 'people' } }] },
  ],
  leader: [
    { key: 'overview', links: [{ label: 'townHazards', to: { name: 'hazards' } }] },
    { key: 'ledgers', links: [{ label: 'board', to: { name: 'ledger-board' } }] },
    { key: 'closeouts', links: [{ label: 'closeouts', to: { name: 'closeouts' } }] },
  ],
}

/** The tasks of a user's roles, each once, in the order of the roles' lists. */
export function tasksFor(roles: readonly string[]): HomeTask[] {
  const seen = new Set<string>()
  const out: HomeTask[] = []
  for (const role of ['village-officer', 'office-head', 'town-admin', 'leader'] as const) {
    if (!roles.includes(role)) continue
    for (const task of HOME_TASKS[role]) {
      if (seen.has(task.key) || (task.links[0]?.testid && seen.has(task.links[0].testid))) continue
      seen.add(task.key)
      if (task.links[0]?.testid) seen.add(task.links[0].testid)
      out.push(task)
    }
  }
  return out
}
