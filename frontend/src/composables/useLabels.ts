import { useI18n } from 'vue-i18n'
import { enumLabelKey, type EnumName, type EnumValue } from '@/locales/enumLabels'

/**
 * Words for the contract's enum values (hazard.grade.MAJOR → 重大), by the one mapping in
 * locales/enumLabels.ts. No value gives no words: Element Plus renders every table column's
 * template once with an empty row ({}) to find nested columns, which would otherwise ask for
 * "hazard.grade.undefined". A value this build has no words for (from a newer server) is shown
 * as it came.
 */
export function useLabels() {
  const { t, te } = useI18n()
  return function label<N extends EnumName>(name: N, value: EnumValue<N> | null | undefined): string {
    if (value === null || value === undefined || value === '') return ''
    const key = enumLabelKey(name, value)
    return te(key) ? t(key) : String(value)
  }
}
