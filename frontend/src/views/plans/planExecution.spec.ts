import { describe, expect, it } from 'vitest'
import type { MonthExecution } from '@/composables/useInspectionPlans'
import { cellView, itemStatusView, mayCancel, mayCreatePlan, mayInspect, mayPlanFor, percentText, yearRate } from './planExecution'

const month = (m: string, counts: Partial<MonthExecution> = {}): MonthExecution => {
  const planned = counts.planned ?? 0
  const doneOnTime = counts.doneOnTime ?? 0
  return {
    month: m,
    planned,
    doneOnTime,
    doneLate: 0,
    missed: 0,
    rate: planned ? doneOnTime / planned : null,
    behindSchedule: false,
    missedItems: [],
    ...counts,
  }
}
const NOW = '2026-11'

describe('a month of the plan calendar', () => {
  it('is empty when nothing was planned, whatever the month', () => {
    expect(cellView(month('2026-03'), NOW).state).toBe('empty')
    expect(cellView(month('2026-12'), NOW).state).toBe('empty')
  })

  it('is green when every item was done in its month', () => {
    expect(cellView(month('2026-02', { planned: 2, doneOnTime: 2 }), NOW)).toEqual({ state: 'onTime', done: 2, planned: 2, percent: 100 })
  })

  it('is amber when all were done but some after their month', () => {
    expect(cellView(month('2026-03', { planned: 2, doneOnTime: 1, doneLate: 1, rate: 0.5, behindSchedule: true }), NOW)).toEqual({
      state: 'late',
      done: 2,
      planned: 2,
      percent: 50,
    })
  })

  it('is 滞后 (red) when the month ended with an item not inspected, late ones or not', () => {
    const view = cellView(month('2026-06', { planned: 2, doneOnTime: 1, missed: 1, rate: 0.5, behindSchedule: true }), NOW)
    expect(view).toEqual({ state: 'behind', done: 1, planned: 2, percent: 50 })
    expect(cellView(month('2026-09', { planned: 3, doneOnTime: 1, doneLate: 1, missed: 1, rate: 1 / 3 }), NOW).state).toBe('behind')
  })

  it('is not judged before it has ended: the current month under way, later ones grey', () => {
    expect(cellView(month('2026-11', { planned: 2, doneOnTime: 1, rate: 0.5 }), NOW)).toEqual({ state: 'current', done: 1, planned: 2, percent: null })
    expect(cellView(month('2026-12', { planned: 1 }), NOW)).toEqual({ state: 'notDue', done: 0, planned: 1, percent: null })
  })
})

describe('an office\'s on-time rate over the year', () => {
  it('counts the months that have ended and what is already done this month, as the plan list does', () => {
    const months = [
      month('2026-01', { planned: 2, doneOnTime: 2 }),
      month('2026-02', { planned: 2, doneOnTime: 1, doneLate: 1 }),
      month('2026-03', { planned: 4, doneOnTime: 2, missed: 2 }),
      month('2026-11', { planned: 3, doneOnTime: 1, doneLate: 0 }),
      month('2026-12', { planned: 5 }),
    ]
    // due: 2 + 2 + 4 + 1 (this month, done) = 9; on time: 2 + 1 + 2 + 1 = 6
    expect(yearRate(months, NOW)).toBeCloseTo(6 / 9)
    expect(percentText(yearRate(months, NOW))).toBe('67%')
  })

  it('is not known before anything is due', () => {
    expect(yearRate([month('2026-11', { planned: 2 }), month('2026-12', { planned: 1 })], NOW)).toBeNull()
    expect(percentText(null)).toBe('—')
  })
})

describe('a plan item\'s status', () => {
  it('in the words the brief gives, with 未到期 only for a month still to come', () => {
    const words = (status: Parameters<typeof itemStatusView>[0]['status'], plannedMonth = '2026-05') => itemStatusView({ status, plannedMonth }, NOW)
    expect(words('DONE_ON_TIME')).toEqual({ word: 'doneOnTime', type: 'success' })
    expect(words('DONE_LATE')).toEqual({ word: 'doneLate', type: 'warning' })
    expect(words('MISSED')).toEqual({ word: 'missed', type: 'danger' })
    expect(words('CANCELLED')).toEqual({ word: 'cancelled', type: 'info' })
    expect(words('PLANNED', '2026-12')).toEqual({ word: 'notDue', type: 'info' })
    expect(words('PLANNED', '2026-11')).toEqual({ word: 'dueThisMonth', type: 'primary' })
  })

  it('can be inspected or cancelled only while planned or missed', () => {
    expect(['PLANNED', 'MISSED', 'DONE_ON_TIME', 'DONE_LATE', 'CANCELLED'].filter((s) => mayInspect(s as never))).toEqual(['PLANNED', 'MISSED'])
    expect(['PLANNED', 'MISSED', 'DONE_ON_TIME', 'DONE_LATE', 'CANCELLED'].filter((s) => mayCancel(s as never))).toEqual(['PLANNED', 'MISSED'])
  })
})

describe('who plans', () => {
  it('the emergency office for any office, an office head for its own only, leaders never', () => {
    expect(mayPlanFor(['town-admin'], 2, 4)).toBe(true)
    expect(mayPlanFor(['office-head'], 4, 4)).toBe(true)
    expect(mayPlanFor(['office-head'], 5, 4)).toBe(false)
    expect(mayPlanFor(['leader'], 4, 4)).toBe(false)
    expect(mayCreatePlan(['office-head'])).toBe(true)
    expect(mayCreatePlan(['leader'])).toBe(false)
    expect(mayCreatePlan(['village-officer'])).toBe(false)
  })
})
