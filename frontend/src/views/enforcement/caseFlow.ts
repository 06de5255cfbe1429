import type { CaseAction, CaseState, DocumentKind, EnforcementCase, EnforcementDocumentRef } from '@/composables/useEnforcementCases'

/** The steps a person can take on a case, in the order of the chain; the side endings last. */
export const CASE_ACTIONS = [
  'ORDER',
  'REINSPECT',
  'NOTIFY_PENALTY',
  'DECIDE_PENALTY',
  'RECORD_PAYMENT',
  'CLOSE',
  'CLOSE_WITHOUT_PENALTY',
  'WITHDRAW',
] as const satisfies readonly CaseAction[]

/** Only what the server says this caller may do now, in the chain's order; the UI never guesses from roles or state. */
export function offeredActions(allowed: readonly string[] | null | undefined): CaseAction[] {
  const set = new Set(allowed ?? [])
  return CASE_ACTIONS.filter((action) => set.has(action))
}

/**
 * The chain as people name its steps: 现场检查 → 责令限期整改 → 整改复查 → 行政处罚告知 → 行政处罚决定 →
 * 缴纳罚款 → 结案, with the side endings 不予处罚 (after the re-inspection, on a legal ground) and 撤销.
 */
export const CHAIN = ['INSPECTED', 'ORDERED', 'REINSPECTED', 'PENALTY_NOTIFIED', 'PENALTY_DECIDED', 'FINE_PAID', 'CLOSED'] as const
export type ChainStep = (typeof CHAIN)[number]
export type TimelineKey = ChainStep | 'NO_PENALTY' | 'WITHDRAWN'

/** done: taken; next: what the case waits for; pending: later; skipped: not part of this case's way (a warning has no fine to pay). */
export type StepStatus = 'done' | 'next' | 'pending' | 'skipped'

export interface TimelineStep {
  key: TimelineKey
  status: StepStatus
  /** the day it was taken (YYYY-MM-DD or an instant) */
  date: string | null
  /** the document this step issued, once issued */
  document: EnforcementDocumentRef | null
  /** the kind of document this step issues, issued or not */
  documentKind: DocumentKind | null
}

const DOCUMENT_OF: Partial<Record<ChainStep, DocumentKind>> = {
  INSPECTED: 'ON_SITE_RECORD',
  ORDERED: 'RECTIFICATION_ORDER',
  REINSPECTED: 'REINSPECTION_OPINION',
  PENALTY_NOTIFIED: 'PENALTY_NOTICE',
  PENALTY_DECIDED: 'PENALTY_DECISION',
}

type CaseFacts = Pick<
  EnforcementCase,
  | 'state'
  | 'openedOn'
  | 'orderedOn'
  | 'reinspectedOn'
  | 'penaltyNotifiedOn'
  | 'penaltyDecidedOn'
  | 'finePaidOn'
  | 'closedOn'
  | 'fineAmount'
  | 'documents'
  | 'history'
>

/** The day each step of the chain was taken, from the case's own dates; null when not taken. */
function dateOf(c: CaseFacts, step: ChainStep): string | null {
  switch (step) {
    case 'INSPECTED':
      return c.openedOn
    case 'ORDERED':
      return c.orderedOn ?? null
    case 'REINSPECTED':
      return c.reinspectedOn ?? null
    case 'PENALTY_NOTIFIED':
      return c.penaltyNotifiedOn ?? null
    case 'PENALTY_DECIDED':
      return c.penaltyDecidedOn ?? null
    case 'FINE_PAID':
      return c.finePaidOn ?? null
    case 'CLOSED':
      return c.state === 'CLOSED' ? (c.closedOn ?? null) : null
  }
}

/** A decided penalty without a fine: a warning (警告), closed without a payment. */
export function warningOnly(c: Pick<EnforcementCase, 'penaltyDecidedOn' | 'fineAmount'>): boolean {
  return !!c.penaltyDecidedOn && c.fineAmount !== null && Number(c.fineAmount) === 0
}

/** When the case was withdrawn: the history's WITHDRAWN event. */
function withdrawnAt(c: CaseFacts): string | null {
  return [...c.history].reverse().find((e) => e.toState === 'WITHDRAWN')?.at ?? null
}

/**
 * The case's chain as the page draws it: the steps taken with their day and document, the one it
 * waits for, and the rest. A case closed without penalty ends after the re-inspection with its
 * ground; a withdrawn one ends where it stood; a warning skips the payment.
 */
export function caseTimeline(c: CaseFacts): TimelineStep[] {
  const documents = new Map(c.documents.map((d) => [d.kind, d]))
  const warning = warningOnly(c)
  const ended = c.state === 'CLOSED' || c.state === 'NO_PENALTY' || c.state === 'WITHDRAWN'
  const steps: TimelineStep[] = []
  let nextMarked = false
  for (const key of CHAIN) {
    const date = dateOf(c, key)
    const kind = DOCUMENT_OF[key] ?? null
    const document = kind ? (documents.get(kind) ?? null) : null
    if (date) {
      steps.push({ key, status: 'done', date, document, documentKind: kind })
      continue
    }
    // a side ending leaves out the steps it never reached
    if (c.state === 'NO_PENALTY' || c.state === 'WITHDRAWN') continue
    if (key === 'FINE_PAID' && warning) {
      steps.push({ key, status: 'skipped', date: null, document: null, documentKind: null })
      continue
    }
    const status: StepStatus = !ended && !nextMarked ? 'next' : 'pending'
    nextMarked = true
    steps.push({ key, status, date: null, document, documentKind: kind })
  }
  if (c.state === 'NO_PENALTY') steps.push({ key: 'NO_PENALTY', status: 'done', date: c.closedOn ?? null, document: null, documentKind: null })
  if (c.state === 'WITHDRAWN') steps.push({ key: 'WITHDRAWN', status: 'done', date: withdrawnAt(c), document: null, documentKind: null })
  return steps
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** The colour of a case's state: blue while it runs, amber where money is owed, green closed, grey ended otherwise. */
export function stateTagType(state: CaseState): TagType {
  switch (state) {
    case 'INSPECTED':
    case 'ORDERED':
    case 'REINSPECTED':
    case 'PENALTY_NOTIFIED':
      return 'primary'
    case 'PENALTY_DECIDED':
      return 'warning'
    case 'FINE_PAID':
    case 'CLOSED':
      return 'success'
    case 'NO_PENALTY':
    case 'WITHDRAWN':
      return 'info'
  }
}
