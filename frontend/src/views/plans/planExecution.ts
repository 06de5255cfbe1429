import type { MonthExecution, PlanItemStatus } from '@/composables/useInspectionPlans'

/**
 * How one office's month shows on the plan calendar:
 * - `empty`: nothing planned;
 * - `notDue`: a month still to come (grey);
 * - `current`: the month under way, not judged yet;
 * - `onTime`: ended, every item done in its month (green);
 * - `late`: ended, every item done but some after their month (amber);
 * - `behind`: ended with planned items not done — 滞后 (red).
 */
export type CellState = 'empty' | 'notDue' | 'current' | 'onTime' | 'late' | 'behind'

export interface CellView {
  state: CellState
  /** items done, on time or late */
  done: number
  planned: number
  /** on time / planned as a whole percentage, or null when not judged (nothing planned, not ended) */
  percent: number | null
}

/** `thisMonth` is the town's current month, YYYY-MM (session.today()). */
export function cellView(month: MonthExecution, thisMonth: string): CellView {
  const done = month.doneOnTime + month.doneLate
  const base = { done, planned: month.planned }
  if (month.planned === 0) return { ...base, state: 'empty', percent: null }
  if (month.month > thisMonth) return { ...base, state: 'notDue', percent: null }
  if (month.month === thisMonth) return { ...base, state: 'current', percent: null }
  const percent = month.rate === null ? null : Math.round(month.rate * 100)
  if (month.missed > 0) return { ...base, state: 'behind', percent }
  if (month.doneLate > 0) return { ...base, state: 'late', percent }
  return { ...base, state: 'onTime', percent }
}

/**
 * An office's on-time rate so far, as the server reckons a plan's (InspectionPlanSummary.executionRate):
 * done on time / items due, where the items due are those of the months that have ended and those
 * of the current month already done. Null when nothing is due yet.
 */
export function yearRate(months: readonly MonthExecution[], thisMonth: string): number | null {
  let due = 0
  let onTime = 0
  for (const m of months) {
    if (m.month < thisMonth) {
      due += m.planned
      onTime += m.doneOnTime
    } else if (m.month === thisMonth) {
      due += m.doneOnTime + m.doneLate
      onTime += m.doneOnTime
    }
  }
  return due === 0 ? null : onTime / due
}

/** 0.75 → "75%"; null → "—". */
export function percentText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/**
 * A plan item's status as people say it: a PLANNED item whose month is still to come is 未到期,
 * one of the month under way is 本月待查; the others as the server computed them.
 */
export type ItemWord = 'notDue' | 'dueThisMonth' | 'doneOnTime' | 'doneLate' | 'missed' | 'cancelled'

export function itemStatusView(item: { status: PlanItemStatus; plannedMonth: string }, thisMonth: string): { word: ItemWord; type: TagType } {
  switch (item.status) {
    case 'DONE_ON_TIME':
      return { word: 'doneOnTime', type: 'success' }
    case 'DONE_LATE':
      return { word: 'doneLate', type: 'warning' }
    case 'MISSED':
      return { word: 'missed', type: 'danger' }
    case 'CANCELLED':
      return { word: 'cancelled', type: 'info' }
    case 'PLANNED':
      return item.plannedMonth > thisMonth ? { word: 'notDue', type: 'info' } : { word: 'dueThisMonth', type: 'primary' }
  }
}

/** An inspection can still be made for an item that is planned or was missed (late is better than never). */
export const mayInspect = (status: PlanItemStatus) => status === 'PLANNED' || status === 'MISSED'

/** An item not done and not cancelled yet may be cancelled, with a reason. */
export const mayCancel = (status: PlanItemStatus) => status === 'PLANNED' || status === 'MISSED'

/** Town admins plan for any office; an office head for its own (API8). */
export function mayPlanFor(roles: readonly string[], ownUnitId: number | undefined, unitId: number): boolean {
  if (roles.includes('town-admin')) return true
  return roles.includes('office-head') && ownUnitId === unitId
}

/** Whether the "新建计划" button shows at all. */
export const mayCreatePlan = (roles: readonly string[]) => roles.includes('town-admin') || roles.includes('office-head')
