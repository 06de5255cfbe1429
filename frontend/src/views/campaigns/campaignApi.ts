import { api, unwrap } from '@/api'
import type { components } from '@/api/schema'
import type { Page } from '@/api/types'

type Schemas = components['schemas']
export type Campaign = Schemas['Campaign']
export type CampaignSummary = Schemas['CampaignSummary']
export type CampaignFigures = Schemas['CampaignFigures']
export type CampaignInput = Schemas['CampaignInput']
export type InspectionSummary = Schemas['InspectionSummary']
export type EnforcementCaseSummary = Schemas['EnforcementCaseSummary']

/** The list's filters as the page holds them: `active` is a choice of three (any, running, not running). */
export interface CampaignFilters {
  sector?: string
  active?: 'true' | 'false'
  year?: number
  page?: number
  size?: number
  sort?: string
}

/** Special campaigns (专项整治行动) and the records linked to them. */
export function useCampaigns() {
  return {
    list: ({ active, ...rest }: CampaignFilters): Promise<Page<CampaignSummary>> =>
      unwrap(api.GET('/api/v1/campaigns', { params: { query: { ...rest, ...(active ? { active: active === 'true' } : {}) } } })),
    get: (id: number): Promise<Campaign> => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
    create: (body: CampaignInput): Promise<Campaign> => unwrap(api.POST('/api/v1/campaigns', { body })),
    update: (id: number, body: CampaignInput & { version: number }): Promise<Campaign> =>
      unwrap(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body })),
    /** The latest inspections made for the campaign. */
    inspections: (campaignId: number, size = 10): Promise<Page<InspectionSummary>> =>
      unwrap(api.GET('/api/v1/inspections', { params: { query: { campaignId, size } } })),
    /** The latest enforcement cases opened within the campaign. */
    cases: (campaignId: number, size = 10): Promise<Page<EnforcementCaseSummary>> =>
      unwrap(api.GET('/api/v1/enforcement-cases', { params: { query: { campaignId, size } } })),
  }
}
