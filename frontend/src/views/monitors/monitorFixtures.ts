import type { EnforcementMonitors } from './monitorSections'

/** Monitors of 2026 with something in each section, as GET /api/v1/enforcement/monitors answers (for specs). */
export function monitors(overrides: Partial<EnforcementMonitors> = {}): EnforcementMonitors {
  return {
    year: 2026,
    rules: { zeroPenaltyEnabled: true, zeroPenaltyMinimum: 1 },
    firstInspectionUnpunished: [
      {
        inspectionId: 20,
        inspectionSerial: 'JC2026-0020',
        inspectedOn: '2026-11-09',
        inspectingUnitId: 4,
        inspectingUnitName: '经发办',
        inspectedUnitId: 11,
        inspectedUnitName: '一居',
        sectorCode: 'GAS',
        violationItems: 2,
        caseId: null,
        caseState: null,
      },
    ],
    zeroPenaltyMonths: [
      { officeUnitId: 4, officeUnitName: '经发办', month: '2026-03', penaltyDecisions: 0, minimum: 1 },
      { officeUnitId: 1, officeUnitName: '应急办', month: '2026-07', penaltyDecisions: 0, minimum: 1 },
    ],
    plansBehind: [
      {
        planId: 7,
        officeUnitId: 4,
        officeUnitName: '经发办',
        month: '2026-05',
        planned: 4,
        done: 2,
        missedItems: [
          { planId: 7, itemId: 31, targetUnitName: '一居' },
          { planId: 7, itemId: 32, targetUnitName: '白云寺村' },
        ],
      },
    ],
    ordersOverdue: [
      {
        caseId: 5,
        officeUnitId: 4,
        officeUnitName: '经发办',
        partyUnitId: 13,
        partyUnitName: '东溪镇供销合作社',
        orderNumber: '东溪经发责改〔2026〕3号',
        orderDeadline: '2026-11-10',
        daysOverdue: 18,
      },
    ],
    ...overrides,
  }
}
