import type { AppLocale } from '@/locales'

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>

function parts(value: string | Date, timeZone?: string): Parts | null {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return null
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const out: Partial<Parts> = {}
  for (const p of fmt.formatToParts(date)) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute') {
      out[p.type] = p.value
    }
  }
  return out as Parts
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A calendar date as people write it: 2026年11月28日 (zh-CN) or 28 Nov 2026 (en).
 * Timestamps from the API are UTC; they are shown in the browser's time zone unless one is given.
 */
export function formatDate(value: string | Date | null | undefined, locale: AppLocale, timeZone?: string): string {
  if (value == null || value === '') return ''
  // A calendar date (a deadline, "found on") has no time zone: 2026-11-28 is the 28th everywhere.
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null
  const p = calendar ? { year: calendar[1]!, month: calendar[2]!, day: calendar[3]!, hour: '00', minute: '00' } : parts(value, timeZone)
  if (!p) return String(value)
  if (locale === 'zh-CN') return `${p.year}年${Number(p.month)}月${Number(p.day)}日`
  return `${Number(p.day)} ${EN_MONTHS[Number(p.month) - 1]} ${p.year}`
}

/** A moment to the minute, 2026-11-28 14:03, the same in both languages. */
export function formatDateTime(value: string | Date | null | undefined, timeZone?: string): string {
  if (value == null || value === '') return ''
  const p = parts(value, timeZone)
  if (!p) return String(value)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** A month (YYYY-MM) as people say it: 2026年11月 (zh-CN) or Nov 2026 (en). */
export function formatPeriod(period: string | null | undefined, locale: AppLocale): string {
  if (!period) return ''
  const match = /^(\d{4})-(\d{2})$/.exec(period)
  if (!match) return period
  const [, year, month] = match
  return locale === 'zh-CN' ? `${year}年${Number(month)}月` : `${EN_MONTHS[Number(month) - 1]} ${year}`
}

const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** An amount in yuan: ¥1,234.00, the same in both languages. */
export function formatMoney(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return ''
  return `${value < 0 ? '-' : ''}¥${YUAN.format(Math.abs(value))}`
}

/**
 * A calendar date (YYYY-MM-DD) in the browser's time zone: today's, or a date picker's day. The
 * town's today is the session's `today()`, not this.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar date (YYYY-MM-DD) of a moment in a time zone, e.g. the town's; the browser's own
 * date when the zone is unknown to the browser.
 */
export function dateInZone(now: Date, timeZone: string): string {
  let fmt = zoneFormats.get(timeZone)
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    } catch {
      return todayIso(now)
    }
    zoneFormats.set(timeZone, fmt)
  }
  const p: Record<string, string> = {}
  for (const part of fmt.formatToParts(now)) p[part.type] = part.value
  return `${p.year}-${p.month}-${p.day}`
}

const utcDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000)
}

/** A calendar date (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * 86_400_000).toISOString().slice(0, 10)
}
