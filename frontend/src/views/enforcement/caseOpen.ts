import type { Inspection, InspectionResult } from '@/composables/useEnforcementCases'

export const FACTS_MAX = 4000
export const LEGAL_BASIS_MAX = 500

/** The inspection's items that failed and are violations of law (违法行为): what a case is opened on. */
export function failedViolations(inspection: Pick<Inspection, 'results'>): InspectionResult[] {
  return inspection.results.filter((r) => r.outcome === 'FAIL' && r.violation)
}

/** Why no case can be opened from this inspection, before asking the server; null when one can. */
export function openRefusal(inspection: Pick<Inspection, 'state' | 'results'>): 'notFinished' | 'noViolation' | null {
  if (inspection.state !== 'FINISHED') return 'notFinished'
  if (failedViolations(inspection).length === 0) return 'noViolation'
  return null
}

/**
 * 违法事实 as the case starts it: numbered, what the inspector found at each failed violation item
 * (its note) with the item it failed, or the item alone when nothing was noted; the officer completes it.
 * (Checklist items are often questions, 是否…: the note says what was actually found.)
 */
export function prefillFacts(
  inspection: Pick<Inspection, 'results' | 'inspectedUnitName'>,
  intro: (unit: string) => string,
  itemWords: (text: string) => string,
): string {
  const items = failedViolations(inspection).map((r, index) => {
    const note = r.note?.trim()
    return `${index + 1}. ${note ? `${note}（${itemWords(r.text.trim())}）` : r.text.trim()}`
  })
  return [intro(inspection.inspectedUnitName), ...items].join('\n').slice(0, FACTS_MAX)
}

/** 违反的法律条款: the failed violation items' clauses, each once, in item order, as long as the field allows. */
export function prefillLegalBasis(inspection: Pick<Inspection, 'results'>): string {
  const clauses = [...new Set(failedViolations(inspection).map((r) => r.legalBasis.trim()).filter(Boolean))]
  let out = ''
  for (const clause of clauses) {
    const next = out ? `${out}；${clause}` : clause
    if (next.length > LEGAL_BASIS_MAX) break
    out = next
  }
  return out
}
