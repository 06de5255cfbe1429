import type { Attachment, Closeout, Hazard, HazardSummary, LedgerBoard, LedgerLine, MonthlyLedger, Person, Settings, Unit } from '@/api/types'

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
    status: overrides.state ?? 'FOUND',
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
    inspectionId: null,
    inspectionSerial: null,
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

export function ledgerLine(overrides: Partial<LedgerLine> = {}): LedgerLine {
  return {
    lineNo: 1,
    hazardId: 42,
    hazardSerial: 'YH2026-0042',
    unitName: '白云寺村',
    state: 'RECTIFYING',
    foundOn: '2026-11-20',
    place: '村委会仓库',
    description: '液化气钢瓶与杂物混放',
    causeCategory: 'THINGS',
    grade: 'GENERAL',
    measures: '钢瓶移出',
    responsiblePerson: '张村长',
    deadline: '2026-12-10',
    funds: 1234,
    completedOn: null,
    reviewer: null,
    reviewedOn: null,
    closedOn: null,
    remarks: null,
    ...overrides,
  }
}

/** Two units by two months: a late return, an accepted one, a missing one and one on time. */
export function board(): LedgerBoard {
  return {
    months: [
      { period: '2026-09', dueOn: '2026-10-05', submitted: 1, late: 1, missing: 1, accepted: 0 },
      { period: '2026-10', dueOn: '2026-11-05', submitted: 2, late: 0, missing: 0, accepted: 1 },
    ],
    rows: [
      {
        unitId: 8,
        unitName: '白云寺村',
        unitKind: 'VILLAGE',
        late: 1,
        missing: 0,
        cells: [
          { period: '2026-09', state: 'SUBMITTED', late: true, submittedAt: '2026-10-08T02:00:00Z', dueOn: '2026-10-05' },
          { period: '2026-10', state: 'ACCEPTED', late: false, submittedAt: '2026-11-02T02:00:00Z', dueOn: '2026-11-05' },
        ],
      },
      {
        unitId: 11,
        unitName: '一居',
        unitKind: 'COMMUNITY',
        late: 0,
        missing: 1,
        cells: [
          { period: '2026-09', state: 'MISSING', late: null, submittedAt: null, dueOn: '2026-10-05' },
          { period: '2026-10', state: 'SUBMITTED', late: false, submittedAt: '2026-11-04T02:00:00Z', dueOn: '2026-11-05' },
        ],
      },
    ],
  }
}

export function closeout(overrides: Partial<Closeout> = {}): Closeout {
  return {
    id: 3,
    closeoutNo: 'XH2026-0003',
    hazardId: 6,
    hazardSerial: 'YH2026-0006',
    unitName: '白云寺村',
    sectorCode: 'GAS',
    place: '村委会仓库',
    description: '液化气钢瓶与杂物混放',
    foundOn: '2026-11-20',
    responsiblePerson: '张村长',
    completedOn: '2026-11-25',
    verifierName: '王立新',
    verifiedOn: '2026-11-26',
    closedAt: '2026-11-27T02:00:00Z',
    closedBy: 'admin',
    closedByName: '王立新',
    closingUnitId: 1,
    closingUnitName: '应急办',
    ...overrides,
  }
}

export function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: 1,
    townId: 1,
    kind: 'VILLAGE',
    code: '110114001201',
    name: '白云寺村',
    enforcementPowers: false,
    sectors: ['FIRE'],
    active: true,
    ledgersDueFrom: '2026-01',
    documentPrefix: null,
    version: 3,
    createdAt: '2026-01-02T03:04:05Z',
    updatedAt: '2026-11-28T06:03:00Z',
    ...overrides,
  }
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 5,
    unitId: 1,
    unitName: '白云寺村',
    name: '赵大山',
    position: '村安全员',
    phone: '13800138000',
    login: 'officer',
    active: true,
    version: 2,
    createdAt: '2026-01-02T03:04:05Z',
    updatedAt: '2026-11-28T06:03:00Z',
    ...overrides,
  }
}
