import { afterEach } from 'vitest'

const real = window.matchMedia

/** Makes every media query match for the current test, as on a phone (useIsPhone). */
export function phoneScreen() {
  window.matchMedia = ((query: string) => ({
    ...real(query),
    matches: true,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as typeof window.matchMedia
}

afterEach(() => {
  window.matchMedia = real
})
