import type { Campaign, CampaignFigures, CampaignSummary } from './campaignApi'

/** For specs: a campaign's figures, its list row and its page, as the server answers them. */
export function figures(overrides: Partial<CampaignFigures> = {}): CampaignFigures {
  return {
    personsDispatched: 12,
    inspections: 5,
    hazardsFound: 3,
    hazardsClosed: 2,
    violationsPenalised: 1,
    finesYuan: '10600.00',
    finesWan: '1.06万元',
    recordsKept: true,
    ...overrides,
  }
}

export function campaignSummary(overrides: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    id: 3,
    title: '2026年燃气安全专项整治行动',
    sectorCode: 'GAS',
    startsOn: '2026-10-01',
    endsOn: '2026-12-31',
    leadingUnitId: 4,
    leadingUnitName: '经发办',
    figures: figures(),
    ...overrides,
  }
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    ...campaignSummary(),
    goal: '排查全镇餐饮场所燃气隐患，年底前全部整改。',
    participatingUnits: [
      { id: 8, name: '白云寺村' },
      { id: 11, name: '一居' },
    ],
    version: 2,
    ...overrides,
  }
}
