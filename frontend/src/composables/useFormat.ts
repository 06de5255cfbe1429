import { useI18n } from 'vue-i18n'
import type { AppLocale } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { formatDate, formatDateTime, formatMoney, formatPeriod } from '@/utils/format'

/**
 * Dates, months and money formatted for the current language. Moments (a report, a step) are shown
 * in the town's time zone, as every rule reckons them, whatever zone the device is set to.
 */
export function useFormat() {
  const { locale } = useI18n()
  const session = useSessionStore()
  const zone = () => session.settings?.timeZone
  return {
    date: (value: string | null | undefined) => formatDate(value, locale.value as AppLocale, zone()),
    dateTime: (value: string | null | undefined) => formatDateTime(value, zone()),
    period: (value: string | null | undefined) => formatPeriod(value, locale.value as AppLocale),
    money: (value: number | null | undefined) => formatMoney(value),
    /** How a month picker shows its month (the model stays YYYY-MM). */
    monthPicker: () => (locale.value === 'zh-CN' ? 'YYYY年M月' : 'MMM YYYY'),
  }
}
