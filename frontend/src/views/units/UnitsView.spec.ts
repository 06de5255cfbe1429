import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ref } from 'vue'
import type { Unit } from '@/api/types'
import { flush, me, signedIn } from '@/test/helpers'
import UnitsView from './UnitsView.vue'

const unit: Unit = {
  id: 1,
  townId: 1,
  kind: 'VILLAGE',
  code: '110114001201',
  name: '白云寺村',
  enforcementPowers: false,
  sectors: ['FIRE'],
  active: true,
  version: 3,
  createdAt: '2026-01-02T03:04:05Z',
  updatedAt: '2026-11-28T06:03:00Z',
  ledgersDueFrom: '2026-11',
}

const list = vi.fn(async () => ({ items: [unit], page: 1, size: 20, total: 1 }))
vi.mock('@/composables/useUnits', () => ({
  useUnits: () => ({ list, get: vi.fn(), create: vi.fn(), update: vi.fn(), history: vi.fn() }),
}))
vi.mock('@/composables/useSectors', () => ({
  useSectors: () => ({
    sectors: ref([{ code: 'FIRE', name: '消防安全' }]),
    sectorName: (code: string) => (code === 'FIRE' ? '消防安全' : code),
  }),
}))

async function render(roles: string[]) {
  const { plugins } = signedIn(me({ roles }))
  const wrapper = mount(UnitsView, { global: { plugins } })
  await flush()
  return wrapper
}

describe('units page', () => {
  beforeEach(() => list.mockClear())

  it('lists the units with kind, code, sectors and status in words', async () => {
    const wrapper = await render(['village-officer'])
    expect(list).toHaveBeenCalledWith({ page: 1, size: 20 })
    const text = wrapper.find('[data-testid="unit-table"]').text()
    expect(text).toContain('白云寺村')
    expect(text).toContain('村')
    expect(text).toContain('110114001201')
    expect(text).toContain('消防安全')
    expect(text).toContain('在用')
    expect(wrapper.find('[data-testid="unit-pager"] .el-pagination').exists()).toBe(true)
  })

  it('a village officer sees the list read-only: no create button, no edit or history', async () => {
    const wrapper = await render(['village-officer'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="unit-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="unit-history"]').exists()).toBe(false)
  })

  it('a leader cannot create units either', async () => {
    const wrapper = await render(['leader'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(false)
  })

  it('says so when the list could not be loaded, and offers to try again', async () => {
    list.mockRejectedValueOnce(new Error('502'))
    const wrapper = await render(['village-officer'])
    const failed = wrapper.find('[data-testid="unit-load-failed"]')
    expect(failed.text()).toContain('没有读取到数据')
    await failed.find('button').trigger('click')
    await flush()
    expect(list).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="unit-table"]').text()).toContain('白云寺村')
  })

  it('the town emergency office can create, edit and see history', async () => {
    const wrapper = await render(['town-admin'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="unit-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="unit-history"]').exists()).toBe(true)
  })
})
