import { describe, expect, it } from 'vitest'
import type { CampaignFigures } from './campaignApi'
import { campaignFigures, campaignPhase, keptNoRecords, periodText, yuanDigits } from './campaignFigures'

const figures = (overrides: Partial<CampaignFigures> = {}): CampaignFigures => ({
  personsDispatched: 12,
  inspections: 5,
  hazardsFound: 3,
  hazardsClosed: 2,
  violationsPenalised: 1,
  finesYuan: '10600.00',
  finesWan: '1.06万元',
  recordsKept: true,
  ...overrides,
})

describe('a campaign\'s figures', () => {
  it.each([
    ['10600.00', '10,600.00'],
    ['10600', '10,600.00'],
    ['1234567.5', '1,234,567.50'],
    ['999.99', '999.99'],
    ['1000', '1,000.00'],
    ['0', '0.00'],
    ['0.00', '0.00'],
    ['000500', '500.00'],
    ['12345678901234.56', '12,345,678,901,234.56'],
  ])('writes %s yuan as %s, digit by digit (no float rounding)', (value, written) => {
    expect(yuanDigits(value)).toBe(written)
  })

  it('leaves anything that is not a plain amount as it came', () => {
    expect(yuanDigits('abc')).toBe('abc')
    expect(yuanDigits('1.234')).toBe('1.234')
    expect(yuanDigits(null)).toBe('')
  })

  it('lists the five figures in the bulletin\'s order: 人次, checks, hazards found / fixed, penalties, fines in 万元 with the yuan beside', () => {
    const tiles = campaignFigures(figures())
    expect(tiles.map((f) => f.name)).toEqual(['personsDispatched', 'inspections', 'hazards', 'violationsPenalised', 'fines'])
    expect(tiles.map((f) => f.value)).toEqual(['12', '5', '3 / 2', '1', '1.06万元'])
    expect(tiles.find((f) => f.name === 'fines')!.yuan).toBe('10,600.00')
    expect(tiles.every((f) => !f.zero)).toBe(true)
  })

  it('greys out what has nothing to report yet, a fine of 0 included', () => {
    const tiles = campaignFigures(figures({ personsDispatched: 0, inspections: 0, hazardsFound: 0, hazardsClosed: 0, violationsPenalised: 0, finesYuan: '0.00', finesWan: '0万元' }))
    expect(tiles.every((f) => f.zero)).toBe(true)
    expect(tiles.find((f) => f.name === 'fines')!.value).toBe('0万元')
  })

  it('flags 未保存整治记录 exactly when the server says no records were kept', () => {
    expect(keptNoRecords(figures({ recordsKept: false, inspections: 0 }))).toBe(true)
    expect(keptNoRecords(figures({ recordsKept: true }))).toBe(false)
  })
})

describe('a campaign\'s period', () => {
  it('writes the year once within a year, both in full across years', () => {
    expect(periodText('2026-03-01', '2026-05-31', 'zh-CN')).toBe('2026年3月1日至5月31日')
    expect(periodText('2026-11-15', '2027-01-31', 'zh-CN')).toBe('2026年11月15日至2027年1月31日')
    expect(periodText('2026-03-01', '2026-05-31', 'en')).toBe('1 Mar – 31 May 2026')
    expect(periodText('2026-11-15', '2027-01-31', 'en')).toBe('15 Nov 2026 – 31 Jan 2027')
  })

  it('is running on its first and last day, upcoming before, ended after', () => {
    expect(campaignPhase('2026-03-01', '2026-05-31', '2026-02-28')).toBe('upcoming')
    expect(campaignPhase('2026-03-01', '2026-05-31', '2026-03-01')).toBe('running')
    expect(campaignPhase('2026-03-01', '2026-05-31', '2026-05-31')).toBe('running')
    expect(campaignPhase('2026-03-01', '2026-05-31', '2026-06-01')).toBe('ended')
  })
})
