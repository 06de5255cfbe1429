import type { HazardAction, HazardEvent, HazardStatus } from '@/api/types'

/** The steps a person can take on a hazard, in the order the page offers them. */
export const STEP_ACTIONS = ['REGISTER', 'ORDER', 'PROGRESS', 'COMPLETE', 'VERIFY', 'CLOSE', 'REPORT_TO_DISTRICT'] as const satisfies readonly HazardAction[]
export type StepAction = (typeof STEP_ACTIONS)[number]

/**
 * Only what the server says the caller may do now; the UI never guesses from roles or state. Once
 * the work is reported done, verifying it is what the hazard waits for: it comes first.
 */
export function offeredActions(allowed: readonly HazardAction[] | null | undefined, status?: HazardStatus): StepAction[] {
  const set = new Set(allowed ?? [])
  const offered = STEP_ACTIONS.filter((action) => set.has(action))
  return status === 'AWAITING_VERIFICATION' && set.has('VERIFY') ? ['VERIFY', ...offered.filter((a) => a !== 'VERIFY')] : offered
}

/** The five steps of the closed loop, 发现 → 登记 → 整改 → 验收 → 销号. */
export const FLOW_STEPS = ['found', 'registered', 'rectifying', 'verified', 'closed'] as const
export type FlowStep = (typeof FLOW_STEPS)[number]

/**
 * The el-steps `active` index: steps before it are done, the one at it is under way. A hazard whose
 * rectification was reported done waits for verification (step 4).
 */
export function activeStep(status: HazardStatus): number {
  switch (status) {
    case 'FOUND':
      return 1
    case 'REGISTERED':
    case 'RECTIFYING':
      return 2
    case 'AWAITING_VERIFICATION':
      return 3
    case 'VERIFIED':
      return 4
    case 'CLOSED':
      return FLOW_STEPS.length
  }
}

const EVENT_STEP: Partial<Record<HazardAction, FlowStep>> = {
  REPORT: 'found',
  REGISTER: 'registered',
  ORDER: 'rectifying',
  VERIFY: 'verified',
  CLOSE: 'closed',
}

/** The event that completed each step (the latest, should a step have been taken again). */
export function stepEvents(timeline: readonly HazardEvent[]): Partial<Record<FlowStep, HazardEvent>> {
  const out: Partial<Record<FlowStep, HazardEvent>> = {}
  for (const event of timeline) {
    const step = EVENT_STEP[event.action]
    if (step) out[step] = event
  }
  return out
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** The colour of a hazard's status: amber where someone must act next (register it, go and verify it). */
export function statusTagType(status: HazardStatus): TagType {
  switch (status) {
    case 'FOUND':
    case 'AWAITING_VERIFICATION':
      return 'warning'
    case 'REGISTERED':
    case 'RECTIFYING':
      return 'primary'
    case 'VERIFIED':
      return 'success'
    case 'CLOSED':
      return 'info'
  }
}
