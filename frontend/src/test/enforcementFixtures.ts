// Enforcement cases and inspections as the API answers them, for the specs of views/enforcement.
import type { EnforcementCase, EnforcementCaseSummary, EnforcementDocumentRef, Inspection } from '@/composables/useEnforcementCases'

export function caseSummary(overrides: Partial<EnforcementCaseSummary> = {}): EnforcementCaseSummary {
  return {
    id: 7,
    officeUnitId: 4,
    officeUnitName: '经发办',
    partyUnitId: 11,
    partyUnitName: '一居',
    sectorCode: 'GAS',
    state: 'INSPECTED',
    openedOn: '2026-11-10',
    personsDispatched: 2,
    fineAmount: null,
    finesWan: null,
    penalised: false,
    noPenaltyReason: null,
    latestDocumentNumber: '东溪经发检记〔2026〕1号',
    version: 1,
    campaignId: null,
    campaignTitle: null,
    inspectionSerial: 'JC2026-0020',
    orderNumber: null,
    orderDeadline: null,
    decisionNumber: null,
    finePaidOn: null,
    ...overrides,
  }
}

export function documentRef(kind: EnforcementDocumentRef['kind'], number: string, issuedOn: string): EnforcementDocumentRef {
  return { kind, number, issuedOn, downloadUrl: `/api/v1/enforcement-cases/7/documents/${kind}` }
}

/** A case just opened from inspection JC2026-0020; overrides move it along. */
export function enforcementCase(overrides: Partial<EnforcementCase> = {}): EnforcementCase {
  return {
    ...caseSummary(),
    inspectionId: 20,
    inspectionSerial: 'JC2026-0020',
    campaignId: null,
    facts: '经检查，一居燃气调压箱周边堆放杂物。',
    legalBasisViolated: '《城镇燃气管理条例》第三十三条',
    orderContent: null,
    orderDeadline: null,
    orderedOn: null,
    reinspectedOn: null,
    reinspectionFinding: null,
    reinspectionCorrected: null,
    penaltyBasis: null,
    penaltyNotifiedOn: null,
    penaltyDecidedOn: null,
    finePaidOn: null,
    fineReceiptNo: null,
    noPenaltyLegalBasis: null,
    noPenaltyNote: null,
    withdrawnReason: null,
    closedOn: null,
    allowedActions: [],
    documents: [documentRef('ON_SITE_RECORD', '东溪经发检记〔2026〕1号', '2026-11-10')],
    history: [{ action: 'OPEN', fromState: null, toState: 'INSPECTED', at: '2026-11-10T02:00:00Z', actor: 'officehead', actorName: '王主任', note: null }],
    ...overrides,
  }
}

/** A case that went the whole chain with a fine of 10 600 元. */
export function paidCase(overrides: Partial<EnforcementCase> = {}): EnforcementCase {
  return enforcementCase({
    state: 'CLOSED',
    orderContent: '清理调压箱周边杂物',
    orderDeadline: '2026-11-15',
    orderedOn: '2026-11-10',
    reinspectedOn: '2026-11-16',
    reinspectionFinding: '未整改',
    reinspectionCorrected: false,
    penaltyBasis: '《城镇燃气管理条例》第四十九条',
    fineAmount: 10600,
    finesWan: '1.06万元',
    penalised: true,
    penaltyNotifiedOn: '2026-11-17',
    penaltyDecidedOn: '2026-11-20',
    finePaidOn: '2026-11-25',
    fineReceiptNo: 'FS-001',
    closedOn: '2026-11-26',
    documents: [
      documentRef('ON_SITE_RECORD', '东溪经发检记〔2026〕1号', '2026-11-10'),
      documentRef('RECTIFICATION_ORDER', '东溪经发责改〔2026〕1号', '2026-11-10'),
      documentRef('REINSPECTION_OPINION', '东溪经发复查〔2026〕1号', '2026-11-16'),
      documentRef('PENALTY_NOTICE', '东溪经发罚告〔2026〕1号', '2026-11-17'),
      documentRef('PENALTY_DECISION', '东溪经发罚决〔2026〕1号', '2026-11-20'),
    ],
    ...overrides,
  })
}

export function inspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: 20,
    serial: 'JC2026-0020',
    inspectingUnitId: 4,
    inspectingUnitName: '经发办',
    inspectedUnitId: 11,
    inspectedUnitName: '一居',
    inspectedOn: '2026-11-09',
    inspectorCount: 2,
    checklistTitle: '燃气安全检查表',
    state: 'FINISHED',
    failedCount: 2,
    violationCount: 1,
    hazardCount: 1,
    place: '一居小区',
    onSitePerson: '赵物业',
    inspectors: ['王主任', '李干事'],
    checklistId: 2,
    checklistVersionNo: 1,
    conclusion: '存在问题，责令整改',
    version: 3,
    finishedAt: '2026-11-09T08:00:00Z',
    createdBy: 'officehead',
    planItemId: null,
    campaignId: null,
    campaignTitle: null,
    results: [
      { itemNo: 1, text: '燃气调压箱周边无杂物堆放', legalBasis: '《城镇燃气管理条例》第三十三条', violation: true, outcome: 'FAIL', note: '调压箱旁堆放纸箱', attachments: [], hazardId: null, hazardSerial: null, version: 1 },
      { itemNo: 2, text: '安全警示标志齐全', legalBasis: '《中华人民共和国安全生产法》第三十五条', violation: false, outcome: 'FAIL', note: null, attachments: [], hazardId: null, hazardSerial: null, version: 1 },
      { itemNo: 3, text: '燃气设施无泄漏', legalBasis: '《城镇燃气管理条例》第三十四条', violation: true, outcome: 'PASS', note: null, attachments: [], hazardId: null, hazardSerial: null, version: 1 },
    ],
    ...overrides,
  }
}
