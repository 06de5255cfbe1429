import type { MonthlyLedger } from '@/api/types'
import { daysBetween } from '@/utils/format'

export { daysBetween }

const PERIOD = /^(\d{4})-(\d{2})$/
const pad = (n: number) => String(n).padStart(2, '0')

export function isPeriod(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = PERIOD.exec(value)
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12
}

/** The month (YYYY-MM) of a calendar date (YYYY-MM-DD). */
export function periodOf(date: string): string {
  return date.slice(0, 7)
}

export function shiftPeriod(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number]
  const index = year * 12 + (month - 1) + months
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** The day a month's ledger is due: the due day of the following month (the last day of a short month). */
export function dueDateOf(period: string, dueDay: number): string {
  const next = shiftPeriod(period, 1)
  const [year, month] = next.split('-').map(Number) as [number, number]
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${next}-${pad(Math.min(Math.max(1, dueDay), lastDay))}`
}

/**
 * The month a unit is most likely working on: last month's ledger until it is due (on the server's
 * due day of this month, inclusive), this month's after. `today` is the town's.
 */
export function defaultPeriod(today: string, dueDay: number): string {
  const previous = shiftPeriod(periodOf(today), -1)
  return today <= dueDateOf(previous, dueDay) ? previous : periodOf(today)
}

/**
 * The latest month whose ledgers are past due: last month once its due day has passed, else the
 * month before (as the server counts the units missing their ledger).
 */
export function lastDuePeriod(today: string, dueDay: number): string {
  return shiftPeriod(defaultPeriod(today, dueDay), -1)
}

export type Tone = 'info' | 'success' | 'warning' | 'danger'

export interface DueNotice {
  tone: Tone
  /** i18n key under ledger.due */
  key: 'open' | 'overdue' | 'returned' | 'onTime' | 'late' | 'accepted' | 'acceptedLate'
  due: string
  days: number
  submittedAt: string | null
}

/** Where a ledger stands against its due date, for the status card. */
export function dueNotice(ledger: Pick<MonthlyLedger, 'state' | 'dueOn' | 'overdue' | 'late' | 'submittedAt'>, today: string): DueNotice {
  const base = { due: ledger.dueOn, submittedAt: ledger.submittedAt, days: 0 }
  switch (ledger.state) {
    case 'ACCEPTED':
      return { ...base, tone: ledger.late ? 'warning' : 'success', key: ledger.late ? 'acceptedLate' : 'accepted' }
    case 'SUBMITTED':
      return { ...base, tone: ledger.late ? 'warning' : 'success', key: ledger.late ? 'late' : 'onTime' }
    case 'RETURNED':
      return { ...base, tone: 'warning', key: 'returned' }
    case 'DRAFT':
      if (ledger.overdue) return { ...base, tone: 'danger', key: 'overdue', days: Math.max(1, daysBetween(ledger.dueOn, today)) }
      return { ...base, tone: 'info', key: 'open', days: Math.max(0, daysBetween(today, ledger.dueOn)) }
  }
}

/** The day of the following month by which ledgers are due, e.g. 5. */
export function dueDayOf(dueOn: string): number {
  return Number(dueOn.slice(8, 10))
}
