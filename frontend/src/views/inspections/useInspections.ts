import { api, download, quiet, unwrap } from '@/api'
import type { components, paths } from '@/api/schema'
import type { Hazard, Page, Unit } from '@/api/types'

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
type Ok<Op> = Op extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never
type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Inspection = Ok<paths['/api/v1/inspections/{id}']['get']>
export type InspectionSummary = Ok<paths['/api/v1/inspections']['get']>['items'][number]
export type InspectionResult = Inspection['results'][number]
export type InspectionOutcome = components['schemas']['InspectionOutcome']
export type InspectionState = Inspection['state']
export type InspectionQuery = Query<paths['/api/v1/inspections']['get']>
export type InspectionInput = Body<paths['/api/v1/inspections']['post']>
export type InspectionResultInput = Body<paths['/api/v1/inspections/{id}/results/{itemNo}']['put']>
export type InspectionHazardInput = Body<paths['/api/v1/inspections/{id}/results/{itemNo}/hazard']['post']>
export type ChecklistSummary = Ok<paths['/api/v1/checklists']['get']>['items'][number]
export type Checklist = Ok<paths['/api/v1/checklists/{id}']['get']>
export type CampaignSummary = Ok<paths['/api/v1/campaigns']['get']>['items'][number]
export type InspectionPlan = Ok<paths['/api/v1/inspection-plans/{id}']['get']>

export const INSPECTION_STATES = ['IN_PROGRESS', 'FINISHED'] as const satisfies readonly InspectionState[]
export const INSPECTION_OUTCOMES = ['PASS', 'FAIL', 'NOT_APPLICABLE'] as const satisfies readonly InspectionOutcome[]

/** A result's outcome as one of the known values (the generated type also allows any string). */
export function outcomeOf(result: Pick<InspectionResult, 'outcome'>): InspectionOutcome | null {
  return (INSPECTION_OUTCOMES as readonly string[]).includes(result.outcome ?? '') ? (result.outcome as InspectionOutcome) : null
}

const byId = (id: number) => ({ params: { path: { id } } })

/** Inspections (检查) by checklist, item by item; and what the new-inspection form reads. */
export function useInspections() {
  return {
    list: (query: InspectionQuery): Promise<Page<InspectionSummary>> => unwrap(api.GET('/api/v1/inspections', { params: { query } })),
    get: (id: number): Promise<Inspection> => unwrap(api.GET('/api/v1/inspections/{id}', byId(id))),
    create: (body: InspectionInput): Promise<Inspection> => unwrap(api.POST('/api/v1/inspections', { body })),
    /** One item's result, sent with the result's own version. */
    saveResult: (id: number, itemNo: number, body: InspectionResultInput): Promise<InspectionResult> =>
      unwrap(api.PUT('/api/v1/inspections/{id}/results/{itemNo}', { params: { path: { id, itemNo } }, body })),
    finish: (id: number, version: number, conclusion: string): Promise<Inspection> =>
      unwrap(api.POST('/api/v1/inspections/{id}/finish', { ...byId(id), body: { version, conclusion } })),
    /** A failed item becomes a hazard, reported and registered in one step. */
    registerHazard: (id: number, itemNo: number, body: InspectionHazardInput): Promise<Hazard> =>
      unwrap(api.POST('/api/v1/inspections/{id}/results/{itemNo}/hazard', { params: { path: { id, itemNo } }, body })),
    downloadRecord: (id: number, fallbackName: string): Promise<string> =>
      download(api.GET('/api/v1/inspections/{id}/record.docx', { ...byId(id), parseAs: 'blob' }), fallbackName),
    checklists: (query: Query<paths['/api/v1/checklists']['get']>): Promise<Page<ChecklistSummary>> =>
      unwrap(api.GET('/api/v1/checklists', { params: { query } })),
    /** A checklist's sector, quietly: a page that cannot read it just offers less. */
    checklist: (id: number): Promise<Checklist> => unwrap(api.GET('/api/v1/checklists/{id}', { ...byId(id), ...quiet })),
    campaigns: (query: Query<paths['/api/v1/campaigns']['get']>): Promise<Page<CampaignSummary>> =>
      unwrap(api.GET('/api/v1/campaigns', { params: { query } })),
    /** The inspecting office's enforcement powers, quietly: without them the page offers no 立案. */
    office: (id: number): Promise<Unit> => unwrap(api.GET('/api/v1/units/{id}', { ...byId(id), ...quiet })),
    plan: (id: number): Promise<InspectionPlan> => unwrap(api.GET('/api/v1/inspection-plans/{id}', byId(id))),
  }
}
