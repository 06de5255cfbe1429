import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './format'

describe('dates as people in the town write them', () => {
  const utc = '2026-11-28T06:03:00Z' // 14:03 in Beijing

  it('writes a date the Chinese way, or the English way', () => {
    expect(formatDate(utc, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月28日')
    expect(formatDate('2026-03-05T00:00:00Z', 'zh-CN', 'UTC')).toBe('2026年3月5日')
    expect(formatDate(utc, 'en', 'Asia/Shanghai')).toBe('28 Nov 2026')
  })

  it('writes a moment to the minute in local time', () => {
    expect(formatDateTime(utc, 'Asia/Shanghai')).toBe('2026-11-28 14:03')
    expect(formatDateTime('2026-12-31T16:30:00Z', 'Asia/Shanghai')).toBe('2027-01-01 00:30')
  })

  it('leaves empty values empty and odd values as they are', () => {
    expect(formatDate(null, 'zh-CN')).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('not a date')).toBe('not a date')
  })
})
