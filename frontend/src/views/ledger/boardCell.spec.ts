import { describe, expect, it } from 'vitest'
import { boardCellView } from './boardCell'

describe('a cell of the ledger board', () => {
  it.each([
    [{ state: 'MISSING' as const, late: null }, 'missing', 'danger'],
    [{ state: 'SUBMITTED' as const, late: false }, 'onTime', 'success'],
    [{ state: 'SUBMITTED' as const, late: true }, 'late', 'warning'],
    [{ state: 'RETURNED' as const, late: false }, 'returned', 'warning'],
    [{ state: 'ACCEPTED' as const, late: false }, 'accepted', 'success'],
    [{ state: 'ACCEPTED' as const, late: true }, 'acceptedLate', 'warning'],
    [{ state: 'PENDING' as const, late: null }, 'pending', 'info'],
    [{ state: 'DRAFT' as const, late: null }, 'draft', 'info'],
  ])('%o is shown as %s (%s)', (cell, label, type) => {
    expect(boardCellView(cell)).toMatchObject({ label, type })
  })
})
