import type { AppLocale } from '@/locales'
import { formatDate } from '@/utils/format'
import type { CampaignFigures } from './campaignApi'

/** The figures a campaign is judged by, in the order the bulletin lists them; each names its test id `campaign-figure-<name>`. */
export const FIGURE_NAMES = ['personsDispatched', 'inspections', 'hazards', 'violationsPenalised', 'fines'] as const
export type FigureName = (typeof FIGURE_NAMES)[number]

export interface Figure {
  name: FigureName
  /** the number as shown: "12", "3 / 2", "1.06万元" */
  value: string
  /** for fines: the exact amount in yuan, "10,600.00" */
  yuan?: string
  /** nothing to report yet: shown greyed */
  zero: boolean
}

/**
 * A decimal string of yuan as the forms write it, with thousands separators and two decimals:
 * "10600" → "10,600.00", "1234567.5" → "1,234,567.50". Worked on the digits, never as a float, so
 * that no amount is rounded on the way. Anything that is not a plain amount is returned unchanged.
 */
export function yuanDigits(value: string | null | undefined): string {
  const text = (value ?? '').trim()
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return text
  const [, sign, whole, cents = ''] = match
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${grouped}.${cents.padEnd(2, '0')}`
}

const isZeroAmount = (value: string) => /^-?0*(\.0*)?$/.test(value.trim() || '0')

/** The figure tiles of a campaign. */
export function campaignFigures(figures: CampaignFigures): Figure[] {
  return [
    { name: 'personsDispatched', value: String(figures.personsDispatched), zero: figures.personsDispatched === 0 },
    { name: 'inspections', value: String(figures.inspections), zero: figures.inspections === 0 },
    { name: 'hazards', value: `${figures.hazardsFound} / ${figures.hazardsClosed}`, zero: figures.hazardsFound === 0 },
    { name: 'violationsPenalised', value: String(figures.violationsPenalised), zero: figures.violationsPenalised === 0 },
    { name: 'fines', value: figures.finesWan, yuan: yuanDigits(figures.finesYuan), zero: isZeroAmount(figures.finesYuan) },
  ]
}

/** "未保存整治记录": a campaign no inspection was linked to has kept no record of what it did. */
export function keptNoRecords(figures: CampaignFigures): boolean {
  return !figures.recordsKept
}

/**
 * A campaign's period in few words: within one year the year is written once
 * (2026年3月1日至5月31日 / 1 Mar – 31 May 2026), across years both dates in full.
 */
export function periodText(startsOn: string, endsOn: string, locale: AppLocale): string {
  const sameYear = startsOn.slice(0, 4) === endsOn.slice(0, 4)
  const from = formatDate(startsOn, locale)
  const to = formatDate(endsOn, locale)
  if (locale === 'zh-CN') return sameYear ? `${from}至${to.replace(/^\d{4}年/, '')}` : `${from}至${to}`
  return sameYear ? `${from.replace(/ \d{4}$/, '')} – ${to}` : `${from} – ${to}`
}

/** Whether the campaign runs on this day (YYYY-MM-DD), has not begun, or has ended. */
export function campaignPhase(startsOn: string, endsOn: string, today: string): 'upcoming' | 'running' | 'ended' {
  if (today < startsOn) return 'upcoming'
  return today > endsOn ? 'ended' : 'running'
}
