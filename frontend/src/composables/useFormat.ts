import { useI18n } from 'vue-i18n'
import type { AppLocale } from '@/locales'
import { formatDate, formatDateTime } from '@/utils/format'

/** Date formatting that follows the current language. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    date: (value: string | null | undefined) => formatDate(value, locale.value as AppLocale),
    dateTime: (value: string | null | undefined) => formatDateTime(value),
  }
}
