// Test data for the inspection pages, shaped by the contract.
import type { Inspection, InspectionResult } from './useInspections'

export function result(itemNo: number, overrides: Partial<InspectionResult> = {}): InspectionResult {
  return {
    itemNo,
    text: `检查项 ${itemNo}：液化气钢瓶是否直立放置`,
    legalBasis: '《城镇燃气管理条例》第二十八条',
    violation: false,
    outcome: null,
    note: null,
    attachments: [],
    hazardId: null,
    hazardSerial: null,
    version: itemNo * 10,
    ...overrides,
  }
}

export function inspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: 22,
    serial: 'JC2026-0022',
    inspectingUnitId: 4,
    inspectingUnitName: '经发办',
    inspectedUnitId: 8,
    inspectedUnitName: '白云寺村',
    inspectedOn: '2026-11-28',
    inspectorCount: 2,
    checklistTitle: '燃气安全检查表',
    state: 'IN_PROGRESS',
    failedCount: 0,
    violationCount: 0,
    hazardCount: 0,
    place: '村委会食堂',
    onSitePerson: '张村长',
    inspectors: ['王建国', '李明'],
    checklistId: 2,
    checklistVersionNo: 1,
    conclusion: null,
    version: 5,
    finishedAt: null,
    createdBy: 'officehead',
    planItemId: null,
    campaignId: null,
    campaignTitle: null,
    results: [result(1, { outcome: 'PASS' }), result(2, { violation: true }), result(3)],
    ...overrides,
  }
}
