import { onBeforeUnmount, ref } from 'vue'

/** True while the media query matches, e.g. a phone-sized screen. */
export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const matches = ref(list?.matches ?? false)
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list?.addEventListener('change', update)
  onBeforeUnmount(() => list?.removeEventListener('change', update))
  return matches
}

export const PHONE_QUERY = '(max-width: 768px)'
export const useIsPhone = () => useMediaQuery(PHONE_QUERY)
