import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { HistoryPage } from '@/api/types'
import { flush, signedIn } from '@/test/helpers'
import HistoryDrawer from './HistoryDrawer.vue'

const page: HistoryPage = {
  items: [
    {
      id: 2,
      at: '2026-11-28T06:03:00Z',
      actor: 'admin',
      action: 'UPDATE',
      changes: [
        { field: 'enforcementPowers', from: false, to: true },
        { field: 'sectors', from: ['FIRE'], to: ['FIRE', 'ROAD'] },
        { field: 'code', from: null, to: '110114001201' },
      ],
    },
    { id: 1, at: '2026-01-01T00:00:00Z', actor: 'admin', action: 'CREATE', changes: [] },
  ],
  page: 1,
  size: 20,
  total: 2,
}

describe('change history', () => {
  it('tells who changed what, with values in words', async () => {
    const { plugins } = signedIn()
    const labels: Record<string, string> = { enforcementPowers: '行政执法权限', sectors: '行业领域', code: '代码' }
    mount(HistoryDrawer, {
      props: {
        modelValue: true,
        title: '单位修改记录：平安办',
        load: async () => page,
        fieldLabel: (f: string) => labels[f] ?? f,
      },
      global: { plugins },
      attachTo: document.body,
    })
    await flush()
    await flush()
    const entries = Array.from(document.querySelectorAll('[data-testid="history-entry"]')).map((e) => e.textContent ?? '')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toContain('admin 修改')
    expect(entries[0]).toContain('行政执法权限否是')
    expect(entries[0]).toContain('行业领域FIREFIRE、ROAD')
    expect(entries[0]).toContain('代码—110114001201')
    expect(entries[1]).toContain('admin 创建')
  })
})
