import { describe, expect, it } from 'vitest'
import { filtersFromQuery, queryFromFilters } from './useQueryFilters'

const SCHEMA = {
  q: 'text',
  status: ['FOUND', 'AWAITING_VERIFICATION'],
  unitId: 'id',
  sector: 'code',
  month: 'month',
  overdue: 'flag',
} as const

describe('a list\'s filters in the address', () => {
  it('reads each kind of filter, and leaves out what makes no sense', () => {
    expect(filtersFromQuery(SCHEMA, { q: ' 仓库 ', status: 'AWAITING_VERIFICATION', unitId: '8', sector: 'GAS', month: '2026-11', overdue: 'true' })).toEqual({
      q: '仓库',
      status: 'AWAITING_VERIFICATION',
      unitId: 8,
      sector: 'GAS',
      month: '2026-11',
      overdue: true,
    })
    expect(filtersFromQuery(SCHEMA, { status: 'DONE', unitId: '8x', month: '2026-13', overdue: 'yes', sector: '' })).toEqual({
      q: '',
      status: undefined,
      unitId: undefined,
      sector: undefined,
      month: undefined,
      overdue: undefined,
    })
    // a parameter given twice: the first counts
    expect(filtersFromQuery(SCHEMA, { unitId: ['4', '5'] }).unitId).toBe(4)
  })

  it('writes only what is chosen, text trimmed', () => {
    expect(queryFromFilters(SCHEMA, { q: '  ', status: undefined, unitId: 4, sector: 'GAS', month: undefined, overdue: true })).toEqual({
      unitId: '4',
      sector: 'GAS',
      overdue: 'true',
    })
  })
})
