import { describe, expect, it } from 'vitest'
import { townClock, townToday } from './townDate'

describe('the town\'s today', () => {
  it('is the server\'s date while the device clock agrees, whatever the browser\'s own zone', () => {
    const now = new Date('2026-11-28T19:44:00Z')
    const clock = townClock('Asia/Shanghai', '2026-11-29', now)
    expect(clock.skewDays).toBe(0)
    expect(townToday(clock, now)).toBe('2026-11-29')
    expect(townToday(clock, new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30')
  })

  it('corrects a device clock that is whole days off', () => {
    const now = new Date('2026-11-26T10:00:00Z')
    const clock = townClock('Asia/Shanghai', '2026-11-29', now)
    expect(clock.skewDays).toBe(3)
    expect(townToday(clock, now)).toBe('2026-11-29')
    expect(townToday(clock, new Date('2026-11-27T10:00:00Z'))).toBe('2026-11-30')
  })
})
