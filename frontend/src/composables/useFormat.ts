import { useI18n } from 'vue-i18n'
import type { AppLocale } from '@/locales'
import { formatDate, formatDateTime, formatMoney, formatPeriod } from '@/utils/format'

/** Dates, months and money formatted for the current language. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    date: (value: string | null | undefined) => formatDate(value, locale.value as AppLocale),
    dateTime: (value: string | null | undefined) => formatDateTime(value),
    period: (value: string | null | undefined) => formatPeriod(value, locale.value as AppLocale),
    money: (value: number | null | undefined) => formatMoney(value),
    /** How a month picker shows its month (the model stays YYYY-MM). */
    monthPicker: () => (locale.value === 'zh-CN' ? 'YYYY年M月' : 'MMM YYYY'),
  }
}
