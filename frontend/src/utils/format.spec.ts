import { describe, expect, it } from 'vitest'
import { addDays, dateInZone, daysBetween, formatDate, formatDateTime, formatMoney, formatPeriod, todayIso } from './format'

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

describe('calendar dates, months and money', () => {
  it('keeps a calendar date on its day whatever the browser\'s time zone', () => {
    expect(formatDate('2026-11-28', 'zh-CN')).toBe('2026年11月28日')
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026')
  })

  it('writes a month', () => {
    expect(formatPeriod('2026-11', 'zh-CN')).toBe('2026年11月')
    expect(formatPeriod('2026-01', 'en')).toBe('Jan 2026')
    expect(formatPeriod(null, 'en')).toBe('')
  })

  it('writes yuan with two decimals and thousands separators', () => {
    expect(formatMoney(1234)).toBe('¥1,234.00')
    expect(formatMoney(0.5)).toBe('¥0.50')
    expect(formatMoney(null)).toBe('')
  })

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('gives the date of a moment in a time zone, the browser\'s own for an unknown zone', () => {
    const moment = new Date('2026-11-28T19:44:00Z')
    expect(dateInZone(moment, 'Asia/Shanghai')).toBe('2026-11-29')
    expect(dateInZone(moment, 'UTC')).toBe('2026-11-28')
    expect(dateInZone(moment, 'America/Los_Angeles')).toBe('2026-11-28')
    expect(dateInZone(moment, 'Not/AZone')).toBe(todayIso(moment))
  })

  it('counts and adds calendar days across months and years', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2)
    expect(daysBetween('2026-12-05', '2026-11-28')).toBe(-7)
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})
