import { computed, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { api, unwrap } from '@/api'
import type { Sector } from '@/api/types'

// Sector names are localised by the server, so the list is kept per language.
const cache = ref<Record<string, Sector[]>>({})
const pending = new Map<string, Promise<void>>()

function load(locale: string) {
  if (cache.value[locale] || pending.has(locale)) return
  const request = unwrap(api.GET('/api/v1/sectors'))
    .then((sectors) => {
      cache.value = { ...cache.value, [locale]: sectors }
    })
    .catch(() => undefined)
    .finally(() => pending.delete(locale))
  pending.set(locale, request)
}

/** Sectors (行业领域) in the current language, and a code → name lookup. */
export function useSectors() {
  const { locale } = useI18n()
  watch(locale, (value) => load(value), { immediate: true })
  const sectors = computed(() => cache.value[locale.value] ?? [])
  const names = computed(() => new Map(sectors.value.map((s) => [s.code, s.name])))
  return { sectors, sectorName: (code: string) => names.value.get(code) ?? code }
}
