import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { LedgerBoard } from '@/api/types'
import { settings } from '@/test/fixtures'
import { createAppRouter } from '@/router'
import { flush, me, signedIn } from '@/test/helpers'
import LedgerBoardView from './LedgerBoardView.vue'

const board = vi.fn<(from: string, to: string) => Promise<LedgerBoard>>()
vi.mock('@/composables/useLedgers', () => ({ useLedgers: () => ({ board }) }))
vi.mock('./LedgerBoardChart.vue', () => ({ __esModule: true, default: { template: '<div data-testid="board-chart" />' } }))

const answer: LedgerBoard = {
  months: [
    { period: '2026-09', dueOn: '2026-10-05', submitted: 1, late: 1, missing: 1, accepted: 0 },
    { period: '2026-10', dueOn: '2026-11-05', submitted: 2, late: 0, missing: 0, accepted: 1 },
  ],
  rows: [
    {
      unitId: 8,
      unitName: '白云寺村',
      unitKind: 'VILLAGE',
      late: 1,
      missing: 0,
      cells: [
        { period: '2026-09', state: 'SUBMITTED', late: true, submittedAt: '2026-10-08T02:00:00Z', dueOn: '2026-10-05' },
        { period: '2026-10', state: 'ACCEPTED', late: false, submittedAt: '2026-11-02T02:00:00Z', dueOn: '2026-11-05' },
      ],
    },
    {
      unitId: 11,
      unitName: '一居',
      unitKind: 'COMMUNITY',
      late: 0,
      missing: 1,
      cells: [
        { period: '2026-09', state: 'MISSING', late: null, submittedAt: null, dueOn: '2026-10-05' },
        { period: '2026-10', state: 'SUBMITTED', late: false, submittedAt: '2026-11-04T02:00:00Z', dueOn: '2026-11-05' },
      ],
    },
  ],
}

async function render(today = '2026-11-28') {
  board.mockResolvedValue(answer)
  const { plugins } = signedIn(me({ roles: ['town-admin'] }), settings({ today }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/ledger-board')
  const wrapper = mount(LedgerBoardView, { global: { plugins: [...plugins, router] } })
  await flush()
  return { wrapper, router }
}

describe('the board of ledger returns', () => {
  beforeEach(() => {
    board.mockReset()
  })

  it('asks for the last six months that are due, by the town\'s date', async () => {
    await render('2026-11-28')
    expect(board).toHaveBeenCalledWith('2026-05', '2026-10')
    board.mockClear()
    await render('2027-01-01')
    expect(board).toHaveBeenCalledWith('2026-07', '2026-12')
  })

  it('shows each unit\'s month as a tag: late in amber, missing in red', async () => {
    const { wrapper } = await render()
    const cells = wrapper.findAll('[data-testid="board-cell"]')
    expect(cells.map((c) => c.text())).toEqual(['迟报', '已验收', '未报送', '按时报送'])
    expect(cells[2]!.find('.el-tag').classes()).toContain('el-tag--danger')
    expect(cells[0]!.find('.el-tag').classes()).toContain('el-tag--warning')
  })

  it('totals each month and each unit', async () => {
    const { wrapper } = await render()
    const text = wrapper.find('[data-testid="board-table"]').text()
    expect(text).toContain('报送 1 · 迟报 1 · 未报送 1')
    expect(text).toContain('报送 2 · 迟报 0 · 未报送 0')
    expect(text).toContain('合计')
  })

  it('opens the unit\'s ledger for that month from its cell', async () => {
    const { wrapper, router } = await render()
    await wrapper.findAll('[data-testid="board-cell"]')[2]!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ledger-unit'))
    expect(router.currentRoute.value.fullPath).toBe('/ledger/11/2026-09')
  })
})
