import { describe, expect, it } from 'vitest'
import { choosesOffice, missedUnits, monitorCounts, monitorSections, zeroPenaltyByOffice, type EnforcementMonitors } from './monitorSections'
import { monitors } from './monitorFixtures'

describe('the monitors\' sections', () => {
  it('count each monitor\'s records, in the order 首查必罚, 月月清零, plans, orders', () => {
    expect(monitorSections(monitors())).toEqual([
      { name: 'firstInspectionUnpunished', count: 1, disabled: false },
      { name: 'zeroPenaltyMonths', count: 2, disabled: false },
      { name: 'plansBehind', count: 1, disabled: false },
      { name: 'ordersOverdue', count: 1, disabled: false },
    ])
  })

  it('an empty year counts nothing anywhere, the monthly rule still on', () => {
    const empty: EnforcementMonitors = { ...monitors(), firstInspectionUnpunished: [], zeroPenaltyMonths: [], plansBehind: [], ordersOverdue: [] }
    expect(monitorSections(empty).map((s) => [s.count, s.disabled])).toEqual([
      [0, false],
      [0, false],
      [0, false],
      [0, false],
    ])
  })

  it('a switched-off 月月清零 is "disabled", not "none", and the home card leaves its count out', () => {
    const off = monitors({ rules: { zeroPenaltyEnabled: false, zeroPenaltyMinimum: 1 }, zeroPenaltyMonths: [] })
    expect(monitorSections(off)[1]).toEqual({ name: 'zeroPenaltyMonths', count: 0, disabled: true })
    expect(monitorCounts(off)).toEqual({ firstInspectionUnpunished: 1, zeroPenaltyMonths: null, plansBehind: 1, ordersOverdue: 1 })
  })

  it('only the town-wide roles choose an office', () => {
    expect(choosesOffice(['town-admin'])).toBe(true)
    expect(choosesOffice(['leader'])).toBe(true)
    expect(choosesOffice(['office-head'])).toBe(false)
    expect(choosesOffice(['village-officer'])).toBe(false)
    expect(choosesOffice([])).toBe(false)
  })

  it('names the units a late plan missed in one line', () => {
    expect(missedUnits(monitors().plansBehind[0]!)).toBe('一居、白云寺村')
  })
})

describe('months of too few penalty decisions, by office', () => {
  it('puts each office on one row with its months in order, offices in the order the server gave', () => {
    const row = (officeUnitId: number, officeUnitName: string, month: string, penaltyDecisions = 0) => ({ officeUnitId, officeUnitName, month, penaltyDecisions, minimum: 1 })
    const grouped = zeroPenaltyByOffice([row(4, '经发办', '2026-03'), row(1, '应急办', '2026-07'), row(4, '经发办', '2026-01'), row(4, '经发办', '2026-02', 0)])
    expect(grouped.map((o) => [o.officeUnitName, o.months.map((m) => m.month)])).toEqual([
      ['经发办', ['2026-01', '2026-02', '2026-03']],
      ['应急办', ['2026-07']],
    ])
    expect(zeroPenaltyByOffice([])).toEqual([])
  })
})
