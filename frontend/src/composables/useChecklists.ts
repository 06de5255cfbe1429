import { api, unwrap } from '@/api'
import type { components } from '@/api/schema'
import type { Page } from '@/api/types'

// The checklists' shapes live here rather than in api/types.ts, so that parallel pages of issue 8 do not edit one file.
export type Checklist = components['schemas']['Checklist']
export type ChecklistSummary = components['schemas']['ChecklistSummary']
export type ChecklistItem = components['schemas']['ChecklistItem']
export type ChecklistInput = components['schemas']['ChecklistInput']
export type ChecklistItemInput = components['schemas']['ChecklistItemInput']
export interface ChecklistQuery {
  sector?: string
  q?: string
  active?: boolean
  page?: number
  size?: number
  sort?: string
}

/** Checklists (检查表) of the town: every version is kept, an edit writes the next one. */
export function useChecklists() {
  return {
    list: (query: ChecklistQuery): Promise<Page<ChecklistSummary>> => unwrap(api.GET('/api/v1/checklists', { params: { query } })),
    get: (id: number): Promise<Checklist> => unwrap(api.GET('/api/v1/checklists/{id}', { params: { path: { id } } })),
    version: (id: number, no: number): Promise<Checklist> =>
      unwrap(api.GET('/api/v1/checklists/{id}/versions/{no}', { params: { path: { id, no } } })),
    create: (body: ChecklistInput): Promise<Checklist> => unwrap(api.POST('/api/v1/checklists', { body })),
    update: (id: number, body: ChecklistInput & { version: number }): Promise<Checklist> =>
      unwrap(api.PUT('/api/v1/checklists/{id}', { params: { path: { id } }, body })),
    deactivate: (id: number, version: number): Promise<Checklist> =>
      unwrap(api.POST('/api/v1/checklists/{id}/deactivate', { params: { path: { id } }, body: { version } })),
    activate: (id: number, version: number): Promise<Checklist> =>
      unwrap(api.POST('/api/v1/checklists/{id}/activate', { params: { path: { id } }, body: { version } })),
  }
}
