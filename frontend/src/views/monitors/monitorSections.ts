import type { components } from '@/api/schema'

type Schemas = components['schemas']
export type EnforcementMonitors = Schemas['EnforcementMonitors']
export type FirstInspectionViolation = Schemas['FirstInspectionViolation']
export type ZeroPenaltyMonth = Schemas['ZeroPenaltyMonth']
export type PlanBehind = Schemas['PlanBehind']
export type OverdueOrder = Schemas['OverdueOrder']

/** The four monitors in the order the bulletin names them: 首查必罚，月月清零, plans, orders. */
export const MONITOR_SECTIONS = ['firstInspectionUnpunished', 'zeroPenaltyMonths', 'plansBehind', 'ordersOverdue'] as const
export type MonitorSection = (typeof MONITOR_SECTIONS)[number]

export interface SectionState {
  name: MonitorSection
  count: number
  /** the rule is switched off in the town's configuration: nothing is checked, which is not the same as "none" */
  disabled: boolean
}

/** Each monitor with how many records it holds and whether its rule is on. */
export function monitorSections(monitors: EnforcementMonitors): SectionState[] {
  return MONITOR_SECTIONS.map((name) => ({
    name,
    count: monitors[name].length,
    disabled: name === 'zeroPenaltyMonths' && !monitors.rules.zeroPenaltyEnabled,
  }))
}

/** The four counts in one line (the home page's card); a switched-off rule counts as nothing to show. */
export function monitorCounts(monitors: EnforcementMonitors): Record<MonitorSection, number | null> {
  return Object.fromEntries(monitorSections(monitors).map((s) => [s.name, s.disabled ? null : s.count])) as Record<MonitorSection, number | null>
}

/**
 * Town admins and leaders see every office and may narrow to one; an office head sees its own
 * office only (the server refuses another's), so it gets no choice.
 */
export function choosesOffice(roles: readonly string[]): boolean {
  return roles.includes('town-admin') || roles.includes('leader')
}

/** The missed plan items' units in one line: 一居、白云寺村. */
export function missedUnits(row: PlanBehind, separator = '、'): string {
  return row.missedItems.map((item) => item.targetUnitName).join(separator)
}

/** An office's months below the minimum, in one row: a year of them reads as one line, not twelve. */
export interface ZeroPenaltyOffice {
  officeUnitId: number
  officeUnitName: string
  months: EnforcementMonitors['zeroPenaltyMonths']
}

export function zeroPenaltyByOffice(months: EnforcementMonitors['zeroPenaltyMonths']): ZeroPenaltyOffice[] {
  const offices = new Map<number, ZeroPenaltyOffice>()
  for (const month of months) {
    let office = offices.get(month.officeUnitId)
    if (!office) {
      office = { officeUnitId: month.officeUnitId, officeUnitName: month.officeUnitName, months: [] }
      offices.set(month.officeUnitId, office)
    }
    office.months.push(month)
  }
  for (const office of offices.values()) office.months.sort((a, b) => a.month.localeCompare(b.month))
  return [...offices.values()]
}
