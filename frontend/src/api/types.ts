// Names for the API's shapes, derived from the operations rather than from schema names, so that
// a renamed schema in the generated contract changes nothing here.
import type { paths } from './schema'

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
type Ok<Op> = Op extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never
type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Me = Ok<paths['/api/v1/me']['get']>
export type Sector = Ok<paths['/api/v1/sectors']['get']>[number]
export type Settings = Ok<paths['/api/v1/settings']['get']>

export type Unit = Ok<paths['/api/v1/units/{id}']['get']>
export type UnitKind = Unit['kind']
export type UnitCreate = Body<paths['/api/v1/units']['post']>
export type UnitUpdate = Body<paths['/api/v1/units/{id}']['put']>
export type UnitQuery = Query<paths['/api/v1/units']['get']>

export type Person = Ok<paths['/api/v1/people/{id}']['get']>
export type PersonCreate = Body<paths['/api/v1/people']['post']>
export type PersonUpdate = Body<paths['/api/v1/people/{id}']['put']>
export type PersonQuery = Query<paths['/api/v1/people']['get']>

export type HistoryPage = Ok<paths['/api/v1/units/{id}/history']['get']>
export type HistoryEntry = HistoryPage['items'][number]

export type Attachment = Ok<paths['/api/v1/attachments']['post']>

export type Hazard = Ok<paths['/api/v1/hazards/{id}']['get']>
export type HazardSummary = Hazard['summary']
export type HazardEvent = Hazard['timeline'][number]
export type HazardAction = HazardEvent['action']
export type HazardState = HazardSummary['state']
/** The state as people follow it: 待验收 (AWAITING_VERIFICATION) once the rectification is reported done. */
export type HazardStatus = HazardSummary['status']
export type HazardGrade = HazardSummary['grade']
export type CauseCategory = HazardSummary['causeCategory']
export type HazardSource = HazardSummary['source']
export type HazardInput = Body<paths['/api/v1/hazards']['post']>
export type HazardQuery = Query<paths['/api/v1/hazards']['get']>
export type RegisterInput = Body<paths['/api/v1/hazards/{id}/register']['post']>
export type OrderInput = Body<paths['/api/v1/hazards/{id}/order']['post']>
export type ProgressInput = Body<paths['/api/v1/hazards/{id}/progress']['post']>
export type CompleteInput = Body<paths['/api/v1/hazards/{id}/complete']['post']>
export type VerifyInput = Body<paths['/api/v1/hazards/{id}/verify']['post']>
export type StepInput = Body<paths['/api/v1/hazards/{id}/close']['post']>

export type MyTasks = Ok<paths['/api/v1/me/tasks']['get']>
export type HazardTask = MyTasks['hazards'][number]
export type HazardTaskKey = HazardTask['key']
export type HazardTaskFilter = HazardTask['filter']
export type OwnLedgerTask = NonNullable<MyTasks['ledger']>

export type MonthlyLedger = Ok<paths['/api/v1/units/{unitId}/ledgers/{period}']['get']>
export type LedgerLine = MonthlyLedger['lines'][number]
export type LedgerState = MonthlyLedger['state']
export type LedgerAction = MonthlyLedger['allowedActions'][number]
export type LedgerSubmitInput = Body<paths['/api/v1/units/{unitId}/ledgers/{period}/submit']['post']>
export type LedgerImportResult = Ok<paths['/api/v1/units/{unitId}/ledgers/{period}/import']['post']>
export type LedgerEvent = MonthlyLedger['history'][number]
export type LedgerSubmission = Ok<paths['/api/v1/units/{unitId}/ledgers/{period}/submissions/{no}']['get']>
export type LedgerImportRecord = Ok<paths['/api/v1/units/{unitId}/ledgers/{period}/imports']['get']>[number]
export type LedgerBoard = Ok<paths['/api/v1/ledgers/board']['get']>
export type LedgerBoardRow = LedgerBoard['rows'][number]
export type LedgerBoardCell = LedgerBoardRow['cells'][number]
export type LedgerBoardMonth = LedgerBoard['months'][number]
export type BoardCellState = LedgerBoardCell['state']

export type Closeout = Ok<paths['/api/v1/closeouts']['get']>['items'][number]
export type CloseoutQuery = Query<paths['/api/v1/closeouts']['get']>

export type NotificationPage = Ok<paths['/api/v1/notifications']['get']>
export type AppNotification = NotificationPage['items'][number]

/** The paging envelope every list answers with. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export const UNIT_KINDS = [
  'OFFICE',
  'STATION',
  'INSTITUTE',
  'CENTRE',
  'VILLAGE',
  'COMMUNITY',
  'ENTERPRISE',
  'PUBLIC_INSTITUTION',
  'DISTRICT_UNIT',
] as const satisfies readonly UnitKind[]

export const HAZARD_STATUSES = [
  'FOUND',
  'REGISTERED',
  'RECTIFYING',
  'AWAITING_VERIFICATION',
  'VERIFIED',
  'CLOSED',
] as const satisfies readonly HazardStatus[]
export const HAZARD_GRADES = ['GENERAL', 'MAJOR'] as const satisfies readonly HazardGrade[]
export const CAUSE_CATEGORIES = ['PEOPLE', 'THINGS', 'MANAGEMENT', 'ENVIRONMENT'] as const satisfies readonly CauseCategory[]
export const HAZARD_SOURCES = ['INSPECTION', 'PATROL', 'SELF_CHECK', 'PUBLIC_REPORT'] as const satisfies readonly HazardSource[]

export const ROLES = ['town-admin', 'leader', 'office-head', 'village-officer', 'integration'] as const
export type Role = (typeof ROLES)[number]
