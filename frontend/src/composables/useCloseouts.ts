import { api, download, unwrap } from '@/api'
import type { Closeout, CloseoutQuery, Page } from '@/api/types'

/** The close-out ledger (隐患销号台账): hazards that completed the loop. */
export function useCloseouts() {
  return {
    list: (query: CloseoutQuery): Promise<Page<Closeout>> => unwrap(api.GET('/api/v1/closeouts', { params: { query } })),
    exportSheet: (query: { from?: string; to?: string }): Promise<string> =>
      download(api.GET('/api/v1/closeouts/export', { params: { query }, parseAs: 'blob' }), 'closeouts.xlsx'),
  }
}
