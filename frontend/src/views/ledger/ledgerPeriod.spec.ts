import { describe, expect, it } from 'vitest'
import { ledger } from '@/test/fixtures'
import { daysBetween, defaultPeriod, dueDateOf, dueDayOf, dueNotice, isPeriod, lastDuePeriod, shiftPeriod } from './ledgerPeriod'

describe('which month the ledger page opens on', () => {
  it('shows last month until its due day (inclusive), this month after it', () => {
    expect(defaultPeriod('2026-12-03', 5)).toBe('2026-11')
    expect(defaultPeriod('2026-12-05', 5)).toBe('2026-11')
    expect(defaultPeriod('2026-12-06', 5)).toBe('2026-12')
    expect(defaultPeriod('2026-11-28', 5)).toBe('2026-11')
  })

  it('names the latest month already past due, as the server counts missing ledgers', () => {
    expect(lastDuePeriod('2026-11-28', 5)).toBe('2026-10')
    expect(lastDuePeriod('2026-12-05', 5)).toBe('2026-10')
    expect(lastDuePeriod('2026-12-06', 5)).toBe('2026-11')
    expect(lastDuePeriod('2027-01-02', 5)).toBe('2026-11')
  })

  it('follows the server\'s due day', () => {
    expect(defaultPeriod('2026-12-08', 10)).toBe('2026-11')
    expect(defaultPeriod('2026-12-11', 10)).toBe('2026-12')
    expect(defaultPeriod('2026-12-01', 1)).toBe('2026-11')
    expect(defaultPeriod('2026-12-02', 1)).toBe('2026-12')
  })

  it('puts a due day past the end of a short month on its last day, as the server does', () => {
    expect(dueDateOf('2027-01', 31)).toBe('2027-02-28')
    expect(dueDateOf('2028-01', 30)).toBe('2028-02-29')
    expect(dueDateOf('2026-11', 5)).toBe('2026-12-05')
    expect(defaultPeriod('2027-02-28', 31)).toBe('2027-01')
    expect(defaultPeriod('2027-03-01', 31)).toBe('2027-02')
  })

  it('goes back across the year', () => {
    expect(defaultPeriod('2027-01-02', 5)).toBe('2026-12')
    expect(shiftPeriod('2027-01', -1)).toBe('2026-12')
    expect(shiftPeriod('2026-11', 2)).toBe('2027-01')
  })

  it('accepts only real months from the address', () => {
    expect(isPeriod('2026-11')).toBe(true)
    expect(isPeriod('2026-13')).toBe(false)
    expect(isPeriod(['2026-11'])).toBe(false)
  })
})

describe('what the page says about the due date', () => {
  it('counts the days left while the ledger is open', () => {
    expect(dueNotice(ledger({ dueOn: '2026-12-05' }), '2026-11-28')).toMatchObject({ tone: 'info', key: 'open', days: 7 })
  })

  it('counts the days overdue, in red', () => {
    expect(dueNotice(ledger({ dueOn: '2026-12-05', overdue: true }), '2026-12-09')).toMatchObject({ tone: 'danger', key: 'overdue', days: 4 })
  })

  it('tells on time from late once submitted, and a returned ledger apart', () => {
    const submitted = { state: 'SUBMITTED' as const, submittedAt: '2026-12-01T02:00:00Z' }
    expect(dueNotice(ledger({ ...submitted, late: false }), '2026-12-09')).toMatchObject({ tone: 'success', key: 'onTime' })
    expect(dueNotice(ledger({ ...submitted, late: true }), '2026-12-09')).toMatchObject({ tone: 'warning', key: 'late' })
    expect(dueNotice(ledger({ state: 'RETURNED' }), '2026-12-09')).toMatchObject({ tone: 'warning', key: 'returned' })
    expect(dueNotice(ledger({ state: 'ACCEPTED', late: true }), '2026-12-09')).toMatchObject({ key: 'acceptedLate' })
  })

  it('reads the due day and day differences as calendar dates', () => {
    expect(dueDayOf('2026-12-05')).toBe(5)
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2)
  })
})
