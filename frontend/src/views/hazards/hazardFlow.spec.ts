import { describe, expect, it } from 'vitest'
import { hazard } from '@/test/fixtures'
import { activeStep, offeredActions, statusTagType, stepEvents } from './hazardFlow'

describe('the five-step loop on the page', () => {
  it('offers only the steps the server allows, in the order of the loop', () => {
    expect(offeredActions(['CLOSE', 'REPORT_TO_DISTRICT'])).toEqual(['CLOSE', 'REPORT_TO_DISTRICT'])
    expect(offeredActions(['COMPLETE', 'PROGRESS'])).toEqual(['PROGRESS', 'COMPLETE'])
    // REPORT and VERIFICATION_FAILED are timeline entries, never buttons
    expect(offeredActions(['REPORT', 'VERIFICATION_FAILED'])).toEqual([])
    expect(offeredActions(undefined)).toEqual([])
  })

  it('puts verification first once the work is reported done', () => {
    expect(offeredActions(['PROGRESS', 'VERIFY'], 'AWAITING_VERIFICATION')).toEqual(['VERIFY', 'PROGRESS'])
    expect(offeredActions(['PROGRESS', 'COMPLETE'], 'RECTIFYING')).toEqual(['PROGRESS', 'COMPLETE'])
  })

  it('marks the step under way: registration after finding, verification once the work is reported done', () => {
    expect(activeStep('FOUND')).toBe(1)
    expect(activeStep('REGISTERED')).toBe(2)
    expect(activeStep('RECTIFYING')).toBe(2)
    expect(activeStep('AWAITING_VERIFICATION')).toBe(3)
    expect(activeStep('VERIFIED')).toBe(4)
    expect(activeStep('CLOSED')).toBe(5)
  })

  it('colours what waits for someone amber: a new hazard, and work reported done', () => {
    expect(statusTagType('FOUND')).toBe('warning')
    expect(statusTagType('AWAITING_VERIFICATION')).toBe('warning')
    expect(statusTagType('RECTIFYING')).toBe('primary')
    expect(statusTagType('VERIFIED')).toBe('success')
    expect(statusTagType('CLOSED')).toBe('info')
  })

  it('dates each finished step by the event that finished it', () => {
    const { timeline } = hazard()
    const later = { ...timeline[0]!, id: 2, action: 'REGISTER' as const, toState: 'REGISTERED' as const, at: '2026-11-21T02:00:00Z' }
    const events = stepEvents([...timeline, later])
    expect(events.found?.id).toBe(1)
    expect(events.registered?.id).toBe(2)
    expect(events.closed).toBeUndefined()
  })
})
