import { api, download, unwrap } from '@/api'
import type {
  CompleteInput,
  Hazard,
  HazardInput,
  HistoryPage,
  HazardQuery,
  HazardSummary,
  OrderInput,
  Page,
  ProgressInput,
  RegisterInput,
  StepInput,
  VerifyInput,
} from '@/api/types'

const path = (id: number) => ({ params: { path: { id } } })

/** Hazards (隐患) and the steps of the five-step loop; each step sends the version it read. */
export function useHazards() {
  return {
    list: (query: HazardQuery): Promise<Page<HazardSummary>> => unwrap(api.GET('/api/v1/hazards', { params: { query } })),
    /** How many hazards match, without reading them. */
    count: (query: HazardQuery): Promise<number> =>
      unwrap(api.GET('/api/v1/hazards', { params: { query: { ...query, page: 1, size: 1 } } })).then((p) => p.total),
    get: (id: number): Promise<Hazard> => unwrap(api.GET('/api/v1/hazards/{id}', path(id))),
    /** Who changed what and when (town-wide roles). */
    history: (id: number, page = 1, size = 20): Promise<HistoryPage> =>
      unwrap(api.GET('/api/v1/hazards/{id}/history', { params: { path: { id }, query: { page, size } } })),
    report: (body: HazardInput): Promise<Hazard> => unwrap(api.POST('/api/v1/hazards', { body })),
    register: (id: number, body: RegisterInput): Promise<Hazard> =>
      unwrap(api.POST('/api/v1/hazards/{id}/register', { ...path(id), body })),
    order: (id: number, body: OrderInput): Promise<Hazard> => unwrap(api.POST('/api/v1/hazards/{id}/order', { ...path(id), body })),
    progress: (id: number, body: ProgressInput): Promise<Hazard> =>
      unwrap(api.POST('/api/v1/hazards/{id}/progress', { ...path(id), body })),
    complete: (id: number, body: CompleteInput): Promise<Hazard> =>
      unwrap(api.POST('/api/v1/hazards/{id}/complete', { ...path(id), body })),
    verify: (id: number, body: VerifyInput): Promise<Hazard> => unwrap(api.POST('/api/v1/hazards/{id}/verify', { ...path(id), body })),
    close: (id: number, body: StepInput): Promise<Hazard> => unwrap(api.POST('/api/v1/hazards/{id}/close', { ...path(id), body })),
    reportToDistrict: (id: number, body: StepInput): Promise<Hazard> =>
      unwrap(api.POST('/api/v1/hazards/{id}/district-report', { ...path(id), body })),
    exportList: (query: Omit<HazardQuery, 'page' | 'size' | 'sort'>): Promise<string> =>
      download(api.GET('/api/v1/hazards/export', { params: { query }, parseAs: 'blob' }), 'hazards.xlsx'),
  }
}
