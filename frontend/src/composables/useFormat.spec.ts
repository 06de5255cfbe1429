import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import { settings } from '@/test/fixtures'
import { signedIn } from '@/test/helpers'
import { useFormat } from './useFormat'

function shown(timeZone: string, moment: string) {
  const { plugins } = signedIn(undefined, settings({ timeZone }))
  const Probe = defineComponent({
    setup() {
      const format = useFormat()
      return () => h('p', `${format.dateTime(moment)} | ${format.date(moment)} | ${format.date('2026-11-28')}`)
    },
  })
  return mount(Probe, { global: { plugins } }).text()
}

describe('useFormat', () => {
  it("shows a moment in the town's time zone, not the device's", () => {
    // 23:30 UTC on the 28th is 07:30 on the 29th in Shanghai: the morning's overdue check
    expect(shown('Asia/Shanghai', '2026-11-28T23:30:00Z')).toBe('2026-11-29 07:30 | 2026年11月29日 | 2026年11月28日')
  })

  it('follows the town when it keeps another zone', () => {
    expect(shown('Asia/Urumqi', '2026-11-28T23:30:00Z')).toBe('2026-11-29 05:30 | 2026年11月29日 | 2026年11月28日')
  })
})
