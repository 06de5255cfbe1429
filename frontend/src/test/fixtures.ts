import type { Attachment, Hazard, HazardSummary, MonthlyLedger, Settings } from '@/api/types'

/** The server's rules as GET /api/v1/settings gives them; "today" is the town's. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    timeZone: 'Asia/Shanghai',
    today: '2026-11-28',
    ledgerDueDay: 5,
    maxPhotoBytes: 15 * 1024 * 1024,
    maxDocumentBytes: 20 * 1024 * 1024,
    maxExcelBytes: 5 * 1024 * 1024,
    maxExcelRows: 2000,
    ...overrides,
  }
}

export function summary(overrides: Partial<HazardSummary> = {}): HazardSummary {
  return {
    id: 42,
    serial: 'YH2026-0042',
    unitId: 8,
    unitName: '白云寺村',
    place: '村委会仓库',
    description: '液化气钢瓶与杂物混放',
    sectorCode: 'GAS',
    causeCategory: 'THINGS',
    grade: 'GENERAL',
    source: 'PATROL',
    foundOn: '2026-11-20',
    state: 'FOUND',
    responsibleUnitId: null,
    responsibleUnitName: null,
    deadline: null,
    overdue: false,
    overdueDays: 0,
    awaitsDistrictReport: false,
    version: 3,
    updatedAt: '2026-11-20T02:00:00Z',
    ...overrides,
  }
}

export function photo(id = 7): Attachment {
  return {
    id,
    filename: `p${id}.jpg`,
    contentType: 'image/jpeg',
    photo: true,
    sizeBytes: 808,
    width: 8,
    height: 8,
    contentUrl: `/api/v1/attachments/${id}/content`,
    thumbnailUrl: `/api/v1/attachments/${id}/thumbnail`,
    uploadedBy: 'officer',
    uploadedAt: '2026-11-20T02:00:00Z',
  }
}

export function hazard(overrides: Partial<Omit<Hazard, 'summary'>> = {}, summaryOverrides: Partial<HazardSummary> = {}): Hazard {
  return {
    summary: summary(summaryOverrides),
    reportingUnitId: 8,
    reportingUnitName: '白云寺村',
    foundBy: '李安全',
    reportedBy: 'officer',
    recurrenceOfId: null,
    recurrenceOfSerial: null,
    responsiblePerson: null,
    measures: null,
    funds: null,
    registrationDeadline: null,
    contingencyPlan: null,
    treatmentPlan: null,
    districtReportedAt: null,
    orderContent: null,
    orderDeadline: null,
    completedOn: null,
    rectifiedBy: null,
    verifierName: null,
    verifiedOn: null,
    closedAt: null,
    closeoutNo: null,
    remarks: null,
    createdAt: '2026-11-20T02:00:00Z',
    timeline: [
      {
        id: 1,
        action: 'REPORT',
        fromState: null,
        toState: 'FOUND',
        actor: 'officer',
        actorName: '李安全',
        at: '2026-11-20T02:00:00Z',
        occurredOn: null,
        note: null,
        attachments: [photo()],
      },
    ],
    allowedActions: [],
    ...overrides,
  }
}

export function ledger(overrides: Partial<MonthlyLedger> = {}): MonthlyLedger {
  return {
    id: null,
    unitId: 8,
    unitName: '白云寺村',
    period: '2026-11',
    state: 'DRAFT',
    required: true,
    nilReturn: false,
    dueOn: '2026-12-05',
    overdue: false,
    submissionNo: null,
    submittedAt: null,
    submittedBy: null,
    late: null,
    returnedReason: null,
    returnedAt: null,
    acceptedAt: null,
    note: null,
    version: 0,
    snapshot: false,
    lines: [],
    history: [],
    allowedActions: ['SUBMIT', 'IMPORT'],
    ...overrides,
  }
}
