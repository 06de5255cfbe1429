import type { UnitKind } from '@/api/types'

/** The town government's own offices, stations, institutes and centres: who may lead a campaign or plan inspections. */
const OFFICE_KINDS: readonly UnitKind[] = ['OFFICE', 'STATION', 'INSTITUTE', 'CENTRE']

export function isTownOffice(unit: { kind: UnitKind }): boolean {
  return OFFICE_KINDS.includes(unit.kind)
}
