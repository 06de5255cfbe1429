import type { LedgerBoardCell } from '@/api/types'

export interface CellView {
  /** i18n key under board.cell */
  label: 'notRequired' | 'pending' | 'draft' | 'missing' | 'onTime' | 'late' | 'returned' | 'accepted' | 'acceptedLate'
  type: 'primary' | 'success' | 'warning' | 'danger' | 'info'
  effect: 'light' | 'dark' | 'plain'
}

/** How one unit's return for one month is shown on the board: red for missing, amber for late. */
export function boardCellView(cell: Pick<LedgerBoardCell, 'state' | 'late'>): CellView {
  switch (cell.state) {
    case 'NOT_REQUIRED':
      return { label: 'notRequired', type: 'info', effect: 'plain' }
    case 'PENDING':
      return { label: 'pending', type: 'info', effect: 'plain' }
    case 'DRAFT':
      return { label: 'draft', type: 'info', effect: 'light' }
    case 'MISSING':
      return { label: 'missing', type: 'danger', effect: 'dark' }
    case 'SUBMITTED':
      return cell.late ? { label: 'late', type: 'warning', effect: 'light' } : { label: 'onTime', type: 'success', effect: 'light' }
    case 'RETURNED':
      return { label: 'returned', type: 'warning', effect: 'plain' }
    case 'ACCEPTED':
      return cell.late
        ? { label: 'acceptedLate', type: 'warning', effect: 'dark' }
        : { label: 'accepted', type: 'success', effect: 'dark' }
  }
}

