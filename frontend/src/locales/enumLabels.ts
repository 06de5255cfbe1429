import type { components } from '@/api/schema'

/**
 * Where the words for each enum of the contract (openapi.yaml) live: the enum's name → the locale
 * key prefix, and a value's label is `${prefix}.${VALUE}` in both languages. The one place that
 * knows this; enumLabels.spec.ts reads the contract and fails for an enum that is not listed here
 * or a value without a label.
 *
 * Names: a schema by its name (HazardState); an enum written inside a schema by schema and
 * property (AuditEntry.action, `[]` for an array's items); a query or path parameter by operation
 * and parameter (listHazards.sort).
 */
export const ENUM_LABELS = {
  'AuditEntry.action': 'history.action',
  CaseAction: 'enforcement.action',
  CaseState: 'enforcement.state',
  CauseCategory: 'hazard.cause',
  CellState: 'board.state',
  DocumentKind: 'enforcement.document',
  HazardAction: 'hazard.event',
  HazardGrade: 'hazard.grade',
  HazardSource: 'hazard.source',
  HazardState: 'hazard.state',
  HazardStatus: 'hazard.status',
  HazardTaskKey: 'hazard.task',
  InspectionOutcome: 'inspection.outcome',
  InspectionState: 'inspection.state',
  Kind: 'notification.kind',
  LedgerAction: 'ledger.action',
  LedgerState: 'ledger.state',
  NoPenaltyReason: 'enforcement.noPenaltyReason',
  PlanItemStatus: 'inspection.planStatus',
  PlanKind: 'inspection.planKind',
  Severity: 'notification.severity',
  UnitKind: 'unit.kind',
} as const satisfies Record<string, string>

export type EnumName = keyof typeof ENUM_LABELS

type Schemas = components['schemas']
/** The values of an enum, as the generated types know them (plain strings for inline enums). */
export type EnumValue<N extends EnumName> = N extends keyof Schemas ? Schemas[N] : string

/** The locale key of one value's label. */
export function enumLabelKey<N extends EnumName>(name: N, value: EnumValue<N>): string {
  return `${ENUM_LABELS[name]}.${String(value)}`
}
