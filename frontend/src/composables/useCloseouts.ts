import { api, download, unwrap } from '@/api'
import type { Closeout, CloseoutQuery, Page } from '@/api/types'

/** The close-out ledger (隐患销号台账): hazards that completed the loop. */
export function useCloseouts() {
  return {
    list: (query: CloseoutQuery): Promise<Page<Closeout>> => unwrap(api.GET('/api/v1/closeouts', { params: { query } })),
    /** The same filters as the list: one office's own close-out ledger, one unit's hazards, a sector, a text. */
    exportSheet: (query: Omit<CloseoutQuery, 'page' | 'size' | 'sort'>): Promise<string> =>
      download(api.GET('/api/v1/closeouts/export', { params: { query }, parseAs: 'blob' }), 'closeouts.xlsx'),
  }
}
