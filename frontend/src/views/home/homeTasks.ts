import type { RouteLocationRaw } from 'vue-router'
import type { HazardTaskFilter, HazardTaskKey, MyTasks, Role } from '@/api/types'

/** One thing a role does in Anjian, said in its words, with the page where it is done. */
export interface HomeTask {
  /** i18n key under home.task */
  key: string
  /** buttons: i18n key under home.go, and where each leads */
  links: { label: string; to: RouteLocationRaw; testid?: string }[]
}

const report: HomeTask = { key: 'report', links: [{ label: 'report', to: { name: 'hazard-new' }, testid: 'home-report' }] }
const closeouts: HomeTask = { key: 'closeouts', links: [{ label: 'closeouts', to: { name: 'closeouts' } }] }

/**
 * What each role comes for besides the counts of the day (which have their own tiles): a village
 * officer reports and follows the village's hazards; an office head reports and closes out what
 * the office supervises into its own close-out ledger; the emergency office may close out anything
 * and keeps the directory; leaders read.
 */
export const HOME_TASKS: Record<Exclude<Role, 'integration'>, HomeTask[]> = {
  'village-officer': [report, { key: 'followVillage', links: [{ label: 'villageHazards', to: { name: 'hazards' } }] }],
  'office-head': [report, { ...closeouts, key: 'closeOwn' }],
  'town-admin': [
    { ...closeouts, key: 'closeAny' },
    { key: 'directory', links: [{ label: 'units', to: { name: 'units' } }, { label: 'people', to: { name: 'people' } }] },
  ],
  leader: [
    { key: 'overview', links: [{ label: 'townHazards', to: { name: 'hazards' } }] },
    { key: 'ledgers', links: [{ label: 'board', to: { name: 'ledger-board' } }] },
    closeouts,
  ],
}

/** The tasks of a user's roles, each once, in the order of the roles' lists. */
export function tasksFor(roles: readonly string[]): HomeTask[] {
  const seen = new Set<string>()
  const out: HomeTask[] = []
  for (const role of ['village-officer', 'office-head', 'town-admin', 'leader'] as const) {
    if (!roles.includes(role)) continue
    for (const task of HOME_TASKS[role]) {
      const target = JSON.stringify(task.links[0]?.to)
      if (seen.has(task.key) || seen.has(target)) continue
      seen.add(task.key)
      seen.add(target)
      out.push(task)
    }
  }
  return out
}

/** The hazard list's address query for a task's filter: exactly what the server counted. */
export function hazardListQuery(filter: HazardTaskFilter): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null) query[name] = String(value)
  }
  return query
}

export type Tone = 'calm' | 'primary' | 'warning' | 'danger'

/** One count on the home page, and the list it opens. */
export interface Tile {
  /** a HazardTaskKey, or the ledgers' counts */
  key: HazardTaskKey | 'ledgersToReview' | 'ledgersMissing'
  count: number
  to: RouteLocationRaw
  /** a hazard task scoped to one unit (the one responsible): its notes name it */
  ownUnit: boolean
  tone: Tone
}

/** Nothing to do is not an alarm: a zero is calm; overdue and missing are red, the district report amber. */
function toneOf(key: Tile['key'], count: number): Tone {
  if (count === 0) return 'calm'
  if (key === 'OVERDUE' || key === 'ledgersMissing') return 'danger'
  if (key === 'AWAITS_DISTRICT_REPORT') return 'warning'
  return 'primary'
}

/** The day's counts, in the order the server lists them, the ledgers last. */
export function tilesOf(tasks: MyTasks): Tile[] {
  const tiles: Tile[] = tasks.hazards.map((task) => ({
    key: task.key,
    count: task.count,
    to: { name: 'hazards', query: hazardListQuery(task.filter) },
    ownUnit: task.filter.responsibleUnitId != null,
    tone: toneOf(task.key, task.count),
  }))
  if (tasks.ledgersToReview != null) {
    tiles.push({ key: 'ledgersToReview', count: tasks.ledgersToReview, to: { name: 'ledger-board' }, ownUnit: false, tone: toneOf('ledgersToReview', tasks.ledgersToReview) })
  }
  if (tasks.ledgersMissing != null) {
    tiles.push({ key: 'ledgersMissing', count: tasks.ledgersMissing, to: { name: 'ledger-board' }, ownUnit: false, tone: toneOf('ledgersMissing', tasks.ledgersMissing) })
  }
  return tiles
}
