import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Closeout } from '@/api/types'
import { createAppRouter } from '@/router'
import { flush, me, signedIn } from '@/test/helpers'
import CloseoutsView from './CloseoutsView.vue'

const list = vi.fn()
const exportSheet = vi.fn(async () => '销号台账.xlsx')
vi.mock('@/composables/useCloseouts', () => ({ useCloseouts: () => ({ list, exportSheet }) }))

const row: Closeout = {
  id: 3,
  closeoutNo: 'XH2026-0003',
  hazardId: 6,
  hazardSerial: 'YH2026-0006',
  unitName: '白云寺村',
  sectorCode: 'GAS',
  place: '村委会仓库',
  description: '液化气钢瓶与杂物混放',
  foundOn: '2026-11-20',
  responsiblePerson: '张村长',
  completedOn: '2026-11-25',
  verifierName: '王立新',
  verifiedOn: '2026-11-26',
  closedAt: '2026-11-27T02:00:00Z',
  closedBy: 'admin',
  closedByName: '王立新',
  closingUnitId: 1,
  closingUnitName: '应急办',
}

async function render() {
  const { plugins } = signedIn(me({ roles: ['town-admin'] }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/closeouts')
  const wrapper = mount(CloseoutsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  return wrapper
}

/** Clicks a column header as a person would, cycling ascending → descending → none. */
async function clickHeader(wrapper: Awaited<ReturnType<typeof render>>, label: string) {
  const header = wrapper.findAll('th').find((th) => th.text().includes(label))!
  await header.trigger('click')
  await flush()
}

describe('the close-out ledger', () => {
  beforeEach(() => {
    list.mockReset()
    list.mockResolvedValue({ items: [row], page: 1, size: 20, total: 1 })
    document.body.innerHTML = ''
  })

  it('names who closed the hazard out, not their login', async () => {
    const wrapper = await render()
    expect(wrapper.find('[data-testid="closeout-closed-by"]').text()).toBe('王立新')
    expect(wrapper.find('[data-testid="closeout-table"]').text()).not.toContain('admin')
    wrapper.unmount()
  })

  it('asks the server for the newest first, then sorts by the column the user clicks', async () => {
    const wrapper = await render()
    expect(list).toHaveBeenLastCalledWith({ page: 1, size: 20 })

    for (const [label, prop] of [
      ['销号编号', 'closeoutNo'],
      ['单位', 'unitName'],
      ['发现日期', 'foundOn'],
      ['销号时间', 'closedAt'],
    ] as const) {
      await clickHeader(wrapper, label)
      expect(list).toHaveBeenLastCalledWith({ page: 1, size: 20, sort: prop })
      await clickHeader(wrapper, label)
      expect(list).toHaveBeenLastCalledWith({ page: 1, size: 20, sort: `-${prop}` })
    }
    await clickHeader(wrapper, '销号时间')
    expect(list).toHaveBeenLastCalledWith({ page: 1, size: 20 })
    wrapper.unmount()
  })
})
