import { api, download, unwrap } from '@/api'
import type { components, paths } from '@/api/schema'
import type { Page } from '@/api/types'

type Schemas = components['schemas']

export type EnforcementCase = Schemas['EnforcementCase']
export type EnforcementCaseSummary = Schemas['EnforcementCaseSummary']
export type EnforcementDocumentRef = Schemas['EnforcementDocumentRef']
export type EnforcementEvent = Schemas['EnforcementEvent']
export type CaseState = Schemas['CaseState']
export type CaseAction = Schemas['CaseAction']
export type DocumentKind = Schemas['DocumentKind']
export type NoPenaltyReason = Schemas['NoPenaltyReason']
export type EnforcementCaseInput = Schemas['EnforcementCaseInput']
export type CaseQuery = NonNullable<paths['/api/v1/enforcement-cases']['get']['parameters']['query']>
/** The ledger's filters: the list's query without its paging. */
export type CaseFilters = Omit<CaseQuery, 'page' | 'size' | 'sort'>
export type Inspection = Schemas['Inspection']
export type InspectionResult = Schemas['InspectionResult']
export type CampaignSummary = Schemas['CampaignSummary']
export type EnforcementTotals = Schemas['EnforcementTotals']

export const CASE_STATES = [
  'INSPECTED',
  'ORDERED',
  'REINSPECTED',
  'PENALTY_NOTIFIED',
  'PENALTY_DECIDED',
  'FINE_PAID',
  'CLOSED',
  'NO_PENALTY',
  'WITHDRAWN',
] as const satisfies readonly CaseState[]

export const NO_PENALTY_REASONS = ['FIRST_MINOR_CORRECTED', 'NO_FAULT', 'TIME_BARRED', 'OTHER'] as const satisfies readonly NoPenaltyReason[]

const path = (id: number) => ({ params: { path: { id } } })

/** Enforcement cases (执法案件): the ledger, a case, its steps (each sends the version it read) and its documents. */
export function useEnforcementCases() {
  return {
    list: (query: CaseQuery): Promise<Page<EnforcementCaseSummary>> => unwrap(api.GET('/api/v1/enforcement-cases', { params: { query } })),
    /** The ledger's figures under the same filters and scope as the list. */
    totals: (query: CaseFilters): Promise<EnforcementTotals> => unwrap(api.GET('/api/v1/enforcement-cases/totals', { params: { query } })),
    /** 执法台账 as .xlsx, the list's filters and order. */
    exportLedger: (query: CaseFilters): Promise<string> =>
      download(api.GET('/api/v1/enforcement-cases/export.xlsx', { params: { query }, parseAs: 'blob' }), '执法台账.xlsx'),
    get: (id: number): Promise<EnforcementCase> => unwrap(api.GET('/api/v1/enforcement-cases/{id}', path(id))),
    open: (body: EnforcementCaseInput): Promise<EnforcementCase> => unwrap(api.POST('/api/v1/enforcement-cases', { body })),
    order: (id: number, body: Schemas['CaseOrderInput']) => unwrap(api.POST('/api/v1/enforcement-cases/{id}/order', { ...path(id), body })),
    reinspect: (id: number, body: Schemas['CaseReinspectInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/reinspect', { ...path(id), body })),
    notifyPenalty: (id: number, body: Schemas['CasePenaltyNoticeInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/notify-penalty', { ...path(id), body })),
    decidePenalty: (id: number, body: Schemas['CasePenaltyDecisionInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/decide-penalty', { ...path(id), body })),
    recordPayment: (id: number, body: Schemas['CasePaymentInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/record-payment', { ...path(id), body })),
    close: (id: number, body: Schemas['CaseCloseInput']) => unwrap(api.POST('/api/v1/enforcement-cases/{id}/close', { ...path(id), body })),
    closeWithoutPenalty: (id: number, body: Schemas['CaseNoPenaltyInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/close-without-penalty', { ...path(id), body })),
    withdraw: (id: number, body: Schemas['CaseWithdrawInput']) =>
      unwrap(api.POST('/api/v1/enforcement-cases/{id}/withdraw', { ...path(id), body })),
    /** A document of the case as .docx, generated on the server from the case's data, saved under its number. */
    document: (id: number, kind: DocumentKind, fallbackName: string): Promise<string> =>
      download(api.GET('/api/v1/enforcement-cases/{id}/documents/{kind}', { params: { path: { id, kind } }, parseAs: 'blob' }), fallbackName),
    inspection: (id: number): Promise<Inspection> => unwrap(api.GET('/api/v1/inspections/{id}', path(id))),
    checklistSector: (id: number): Promise<string> => unwrap(api.GET('/api/v1/checklists/{id}', path(id))).then((c) => c.sectorCode),
    campaigns: (): Promise<Page<CampaignSummary>> => unwrap(api.GET('/api/v1/campaigns', { params: { query: { size: 100 } } })),
  }
}
