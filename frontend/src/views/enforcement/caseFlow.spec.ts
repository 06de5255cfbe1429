import { describe, expect, it } from 'vitest'
import { enforcementCase, paidCase } from '@/test/enforcementFixtures'
import { caseTimeline, offeredActions, stateTagType, warningOnly } from './caseFlow'

const shape = (steps: ReturnType<typeof caseTimeline>) => steps.map((s) => `${s.key}:${s.status}`)

describe('the chain of a case as a timeline', () => {
  it('a case just opened: the on-site record is done with its number, the order is what it waits for', () => {
    const steps = caseTimeline(enforcementCase())
    expect(shape(steps)).toEqual([
      'INSPECTED:done',
      'ORDERED:next',
      'REINSPECTED:pending',
      'PENALTY_NOTIFIED:pending',
      'PENALTY_DECIDED:pending',
      'FINE_PAID:pending',
      'CLOSED:pending',
    ])
    expect(steps[0]!.date).toBe('2026-11-10')
    expect(steps[0]!.document?.number).toBe('东溪经发检记〔2026〕1号')
    expect(steps[1]!.document).toBeNull()
    expect(steps[1]!.documentKind).toBe('RECTIFICATION_ORDER')
  })

  it('a case that went the whole way: every step done, each with its day and its document', () => {
    const steps = caseTimeline(paidCase())
    expect(steps.every((s) => s.status === 'done')).toBe(true)
    expect(steps.map((s) => s.date)).toEqual(['2026-11-10', '2026-11-10', '2026-11-16', '2026-11-17', '2026-11-20', '2026-11-25', '2026-11-26'])
    expect(steps.map((s) => s.document?.kind ?? null)).toEqual([
      'ON_SITE_RECORD',
      'RECTIFICATION_ORDER',
      'REINSPECTION_OPINION',
      'PENALTY_NOTICE',
      'PENALTY_DECISION',
      null,
      null,
    ])
  })

  it('a fine decided and not yet paid waits for the payment', () => {
    const c = paidCase({ state: 'PENALTY_DECIDED', finePaidOn: null, fineReceiptNo: null, closedOn: null })
    expect(shape(caseTimeline(c)).slice(4)).toEqual(['PENALTY_DECIDED:done', 'FINE_PAID:next', 'CLOSED:pending'])
  })

  it('a warning without a fine skips the payment and goes to 结案', () => {
    const decided = paidCase({ state: 'PENALTY_DECIDED', fineAmount: 0, finesWan: '0万元', finePaidOn: null, fineReceiptNo: null, closedOn: null })
    expect(warningOnly(decided)).toBe(true)
    expect(shape(caseTimeline(decided)).slice(4)).toEqual(['PENALTY_DECIDED:done', 'FINE_PAID:skipped', 'CLOSED:next'])
    const closed = { ...decided, state: 'CLOSED' as const, closedOn: '2026-11-21' }
    expect(shape(caseTimeline(closed)).slice(4)).toEqual(['PENALTY_DECIDED:done', 'FINE_PAID:skipped', 'CLOSED:done'])
  })

  it('a fine notified but not decided is no warning yet', () => {
    expect(warningOnly(paidCase({ penaltyDecidedOn: null }))).toBe(false)
    expect(warningOnly(paidCase())).toBe(false)
  })

  it('closed without penalty: ends after the re-inspection, with the day it was closed', () => {
    const c = enforcementCase({
      state: 'NO_PENALTY',
      orderedOn: '2026-11-10',
      reinspectedOn: '2026-11-16',
      noPenaltyReason: 'FIRST_MINOR_CORRECTED',
      closedOn: '2026-11-17',
    })
    const steps = caseTimeline(c)
    expect(shape(steps)).toEqual(['INSPECTED:done', 'ORDERED:done', 'REINSPECTED:done', 'NO_PENALTY:done'])
    expect(steps[3]!.date).toBe('2026-11-17')
  })

  it('withdrawn: ends where it stood, on the day of the withdrawal', () => {
    const c = enforcementCase({
      state: 'WITHDRAWN',
      orderedOn: '2026-11-10',
      withdrawnReason: '当事人主体认定错误',
      history: [
        { action: 'OPEN', fromState: null, toState: 'INSPECTED', at: '2026-11-10T02:00:00Z', actor: 'officehead', actorName: '王主任', note: null },
        { action: 'ORDER', fromState: 'INSPECTED', toState: 'ORDERED', at: '2026-11-10T03:00:00Z', actor: 'officehead', actorName: '王主任', note: null },
        { action: 'WITHDRAW', fromState: 'ORDERED', toState: 'WITHDRAWN', at: '2026-11-12T03:00:00Z', actor: 'admin', actorName: '应急办', note: '当事人主体认定错误' },
      ],
    })
    const steps = caseTimeline(c)
    expect(shape(steps)).toEqual(['INSPECTED:done', 'ORDERED:done', 'WITHDRAWN:done'])
    expect(steps[2]!.date).toBe('2026-11-12T03:00:00Z')
  })
})

describe('the buttons of a case', () => {
  it('offers only what the server allows, in the order of the chain, whatever order it came in', () => {
    expect(offeredActions(['WITHDRAW', 'CLOSE_WITHOUT_PENALTY', 'NOTIFY_PENALTY'])).toEqual(['NOTIFY_PENALTY', 'CLOSE_WITHOUT_PENALTY', 'WITHDRAW'])
    expect(offeredActions(['CLOSE', 'WITHDRAW'])).toEqual(['CLOSE', 'WITHDRAW'])
  })

  it('offers nothing to a reader, and nothing it does not know', () => {
    expect(offeredActions([])).toEqual([])
    expect(offeredActions(undefined)).toEqual([])
    expect(offeredActions(['SOMETHING_NEW'])).toEqual([])
  })

  it('colours the state: running blue, a fine owed amber, closed green, other endings grey', () => {
    expect(stateTagType('ORDERED')).toBe('primary')
    expect(stateTagType('PENALTY_DECIDED')).toBe('warning')
    expect(stateTagType('CLOSED')).toBe('success')
    expect(stateTagType('WITHDRAWN')).toBe('info')
  })
})
