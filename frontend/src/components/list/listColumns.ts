import type { HistoryPage } from '@/api/types'

/** One column of a ListPage: a table column on a desktop, a line of a card on a phone. */
export interface ListColumn<T> {
  /** the field; also the API's sort key when sortable */
  key: string
  label: string
  sortable?: boolean
  /** the column's least width in pixels; the table spreads the rest */
  minWidth?: number
  width?: number
  align?: 'left' | 'center' | 'right'
  /** the cell's text; a `cell-<key>` slot of the page replaces it (in the table and on the card) */
  text?: (row: T) => string
  /** on a phone card: the heading, a line with its label (the default), or left out */
  card?: 'title' | 'line' | 'hidden'
  /** data-testid of the cell's content */
  testid?: string
  /** long free text (a description): one line, the whole text in a tooltip */
  clip?: boolean
  /** a date, number or code: never broken over lines, so the column must be wide enough for it */
  nowrap?: boolean
}

/** Widths that hold a whole value at the app's font size, headers with a sort arrow included. */
export const WIDTH = {
  /** 2026年12月19日 / 19 Dec 2026 */
  date: 132,
  /** 2026-12-19 14:03 */
  dateTime: 150,
  /** YH2026-0042 */
  serial: 122,
} as const

/** What ListPage needs to show a record's change history in a drawer. */
export interface ListHistory<T> {
  title: (row: T) => string
  load: (row: T, page: number, size: number) => Promise<HistoryPage>
  fieldLabel: (field: string) => string
  formatValue?: (field: string, value: unknown) => string | undefined
}

/** The part of usePagedList that ListPage drives. */
export interface ListState<T> {
  items: { value: T[] }
  total: { value: number }
  page: { value: number }
  size: { value: number }
  loading: { value: boolean }
  failed: { value: boolean }
  reload: () => unknown
  onSortChange: (sort: { prop: string | null; order: 'ascending' | 'descending' | null }) => void
  onPageChange: (page: number) => void
  onSizeChange: (size: number) => void
}
