import { api, unwrap } from '@/api'
import type { HistoryPage, Page, Unit, UnitCreate, UnitQuery, UnitUpdate } from '@/api/types'

/** Units (单位) of the signed-in user's town. */
export function useUnits() {
  return {
    list: (query: UnitQuery): Promise<Page<Unit>> => unwrap(api.GET('/api/v1/units', { params: { query } })),
    get: (id: number): Promise<Unit> => unwrap(api.GET('/api/v1/units/{id}', { params: { path: { id } } })),
    create: (body: UnitCreate): Promise<Unit> => unwrap(api.POST('/api/v1/units', { body })),
    update: (id: number, body: UnitUpdate): Promise<Unit> =>
      unwrap(api.PUT('/api/v1/units/{id}', { params: { path: { id } }, body })),
    history: (id: number, page = 1, size = 20): Promise<HistoryPage> =>
      unwrap(api.GET('/api/v1/units/{id}/history', { params: { path: { id }, query: { page, size } } })),
  }
}
