import type { Me } from '@/api/types'
import type { Inspection, InspectionHazardInput, InspectionResult } from './useInspections'

/** How far the inspection has got: items with a result, of all. */
export function progressOf(results: readonly Pick<InspectionResult, 'outcome'>[]): { done: number; total: number; percent: number } {
  const total = results.length
  const done = results.filter((r) => r.outcome != null).length
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) }
}

/** The items still without a result, by number. */
export function unfilledItems(results: readonly Pick<InspectionResult, 'itemNo' | 'outcome'>[]): number[] {
  return results.filter((r) => r.outcome == null).map((r) => r.itemNo)
}

/**
 * The items the server named as unfilled when finishing was refused ("以下检查项尚未填写结果：第 3、5 项"):
 * the numbers in its message that are items of this inspection; the items the page knows to be
 * unfilled when the message names none.
 */
export function namedItems(message: string | undefined, results: readonly Pick<InspectionResult, 'itemNo' | 'outcome'>[]): number[] {
  const known = new Set(results.map((r) => r.itemNo))
  const named = [...new Set((message?.match(/\d+/g) ?? []).map(Number).filter((n) => known.has(n)))]
  return named.length ? named : unfilledItems(results)
}

/** On a phone the items are walked one by one: where 上一项 / 下一项 lead (null at the ends). */
export function neighbours(index: number, count: number): { previous: number | null; next: number | null } {
  return { previous: index > 0 ? index - 1 : null, next: index < count - 1 ? index + 1 : null }
}

/** Where to start on a phone: the first item without a result, else the first. */
export function firstOpenIndex(results: readonly Pick<InspectionResult, 'outcome'>[]): number {
  const index = results.findIndex((r) => r.outcome == null)
  return index < 0 ? 0 : index
}

type Who = Pick<Me, 'roles' | 'unit'> | null | undefined

const has = (who: Who, role: string) => !!who?.roles.includes(role)

/** Town admins and office heads start inspections (an office head in its own office's name). */
export function canStartInspections(who: Who): boolean {
  return has(who, 'town-admin') || has(who, 'office-head')
}

/**
 * Who fills an inspection in and registers its hazards: the emergency office, or the head of the
 * office that inspects. Leaders and the inspected unit only read.
 */
export function canWrite(who: Who, inspection: Pick<Inspection, 'inspectingUnitId'>): boolean {
  if (has(who, 'town-admin')) return true
  return has(who, 'office-head') && who?.unit?.id === inspection.inspectingUnitId
}

/** A failed item that has not become a hazard yet (allowed in progress and once finished). */
export function canRegisterHazard(writer: boolean, result: Pick<InspectionResult, 'outcome' | 'hazardId'>): boolean {
  return writer && result.outcome === 'FAIL' && result.hazardId == null
}

/** A finished inspection with a failed item that is a violation of law (违法行为): a case may be opened from it. */
export function hasFailedViolation(inspection: Pick<Inspection, 'state' | 'results'>): boolean {
  return inspection.state === 'FINISHED' && inspection.results.some((r) => r.violation && r.outcome === 'FAIL')
}

/** The office that inspected, as far as enforcement goes: whether it holds powers over the checklist's sector. */
export interface OfficePowers {
  enforcementPowers: boolean
  sectors: readonly string[]
}

/**
 * 立案: for a finished inspection with a failed violation item, by the inspecting office's head or
 * a town admin on its behalf, when that office holds enforcement powers over the checklist's sector.
 */
export function canOpenCase(
  who: Who,
  inspection: Pick<Inspection, 'state' | 'results' | 'inspectingUnitId'>,
  office: OfficePowers | null,
  sector: string | null,
): boolean {
  if (!canWrite(who, inspection) || !hasFailedViolation(inspection)) return false
  return !!office && !!sector && office.enforcementPowers && office.sectors.includes(sector)
}

/** The hazard form as a failed item offers it: where and what from the inspection and the item's note. */
export function hazardPrefill(
  inspection: Pick<Inspection, 'place' | 'inspectedUnitName'>,
  result: Pick<InspectionResult, 'itemNo' | 'text' | 'note' | 'version'>,
  describe: (values: { no: number; text: string; note: string }) => string,
): Omit<InspectionHazardInput, 'causeCategory' | 'deadline'> & { causeCategory: InspectionHazardInput['causeCategory'] | undefined; deadline: string } {
  return {
    version: result.version,
    place: (inspection.place ?? '').trim() || inspection.inspectedUnitName,
    description: describe({ no: result.itemNo, text: result.text, note: (result.note ?? '').trim() }),
    causeCategory: undefined,
    grade: 'GENERAL',
    responsiblePerson: '',
    measures: '',
    funds: undefined,
    deadline: '',
    contingencyPlan: '',
    treatmentPlan: '',
  }
}

/** Inspectors as typed: trimmed, no empty or repeated names, at most 20. */
export function cleanInspectors(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].slice(0, 20)
}
