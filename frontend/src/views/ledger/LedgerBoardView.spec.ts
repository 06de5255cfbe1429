import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { board, settings } from '@/test/fixtures'
import { useFakeApi } from '@/test/fakeApi'
import { createAppRouter } from '@/router'
import { flush, me, signedIn } from '@/test/helpers'
import LedgerBoardView from './LedgerBoardView.vue'

const server = useFakeApi()
// ECharts draws on a canvas jsdom does not have; the chart has no words to check
vi.mock('./LedgerBoardChart.vue', () => ({ __esModule: true, default: { template: '<div data-testid="board-chart" />' } }))
/** The months the board asked for, as [from, to]. */
const asked = () => server.calls('GET', '/api/v1/ledgers/board').map((r) => [r.query.get('from'), r.query.get('to')])

async function render(today = '2026-11-28') {
  server.on('GET', '/api/v1/ledgers/board', () => board())
  const { plugins } = signedIn(me({ roles: ['town-admin'] }), settings({ today }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/ledger-board')
  const wrapper = mount(LedgerBoardView, { global: { plugins: [...plugins, router] } })
  await flush()
  await flush()
  return { wrapper, router }
}

describe('the board of ledger returns', () => {
  it('asks for six months up to the one now being filed, by the town\'s date, as the server\'s default does', async () => {
    await render('2026-11-28')
    await render('2027-01-01')
    expect(asked()).toEqual([
      ['2026-06', '2026-11'],
      ['2026-08', '2027-01'],
    ])
  })

  it('shows a month before a unit\'s first ledger month as quietly not owed: no tag, not red, not counted', async () => {
    const before = board()
    before.rows[1]!.cells[0] = { period: '2026-09', state: 'NOT_REQUIRED', late: null, submittedAt: null, dueOn: '2026-10-05' }
    before.rows[1]!.missing = 0
    before.months[0]!.missing = 0
    server.on('GET', '/api/v1/ledgers/board', () => before)
    const { plugins } = signedIn(me({ roles: ['town-admin'] }), settings())
    const router = createAppRouter(createMemoryHistory())
    await router.push('/ledger-board')
    const wrapper = mount(LedgerBoardView, { global: { plugins: [...plugins, router] } })
    await flush()
    await flush()
    const cell = wrapper.findAll('[data-testid="board-cell"]')[2]!
    expect(cell.attributes('data-state')).toBe('NOT_REQUIRED')
    expect(cell.text()).toBe('无需报送')
    expect(cell.find('.el-tag').exists()).toBe(false)
    expect(wrapper.find('[data-testid="board-table"]').text()).toContain('报送 1 · 迟报 1 · 未报送 0')
    expect(wrapper.text()).toContain('“无需报送”是单位起报月份之前的月份，不计入未报送')
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
    // the route loads the ledger page's code first
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ledger-unit'), { timeout: 10_000 })
    expect(router.currentRoute.value.fullPath).toBe('/ledger/11/2026-09')
  })
})
