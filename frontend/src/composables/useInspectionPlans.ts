import { api, unwrap } from '@/api'
import type { components } from '@/api/schema'
import type { Page } from '@/api/types'

// The plans' shapes live here rather than in api/types.ts, so that parallel pages of issue 8 do not edit one file.
export type InspectionPlan = components['schemas']['InspectionPlan']
export type InspectionPlanSummary = components['schemas']['InspectionPlanSummary']
export type InspectionPlanItem = components['schemas']['InspectionPlanItem']
export type InspectionPlanInput = components['schemas']['InspectionPlanInput']
export type InspectionPlanItemInput = components['schemas']['InspectionPlanItemInput']
export type PlanExecution = components['schemas']['PlanExecution']
export type OfficeExecution = components['schemas']['OfficeExecution']
export type MonthExecution = components['schemas']['MonthExecution']
export type PlanKind = components['schemas']['PlanKind']
export type PlanItemStatus = components['schemas']['PlanItemStatus']
export interface PlanQuery {
  unitId?: number
  year?: number
  kind?: PlanKind
  month?: number
  page?: number
  size?: number
  sort?: string
}

/** Inspection plans (检查计划) and their execution, computed by the server from the inspections done. */
export function useInspectionPlans() {
  return {
    list: (query: PlanQuery): Promise<Page<InspectionPlanSummary>> => unwrap(api.GET('/api/v1/inspection-plans', { params: { query } })),
    execution: (year: number, unitId?: number): Promise<PlanExecution> =>
      unwrap(api.GET('/api/v1/inspection-plans/execution', { params: { query: { year, ...(unitId ? { unitId } : {}) } } })),
    get: (id: number): Promise<InspectionPlan> => unwrap(api.GET('/api/v1/inspection-plans/{id}', { params: { path: { id } } })),
    create: (body: InspectionPlanInput): Promise<InspectionPlan> => unwrap(api.POST('/api/v1/inspection-plans', { body })),
    update: (id: number, body: InspectionPlanInput & { version: number }): Promise<InspectionPlan> =>
      unwrap(api.PUT('/api/v1/inspection-plans/{id}', { params: { path: { id } }, body })),
    addItem: (id: number, body: InspectionPlanItemInput): Promise<InspectionPlan> =>
      unwrap(api.POST('/api/v1/inspection-plans/{id}/items', { params: { path: { id } }, body })),
    cancelItem: (id: number, itemId: number, version: number, reason: string): Promise<InspectionPlan> =>
      unwrap(api.POST('/api/v1/inspection-plans/{id}/items/{itemId}/cancel', { params: { path: { id, itemId } }, body: { version, reason } })),
  }
}
