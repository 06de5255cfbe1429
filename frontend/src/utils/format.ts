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

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A calendar date as people write it: 2026年11月28日 (zh-CN) or 28 Nov 2026 (en).
 * Timestamps from the API are UTC; they are shown in the browser's time zone unless one is given.
 */
export function formatDate(value: string | Date | null | undefined, locale: AppLocale, timeZone?: string): string {
  if (value == null || value === '') return ''
  const p = parts(value, timeZone)
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
