import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { caseSummary } from '@/test/enforcementFixtures'
import { unit } from '@/test/fixtures'
import { file, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import CasesView from './CasesView.vue'

const server = useFakeApi()

const rows = [
  caseSummary(),
  caseSummary({
    id: 8,
    partyUnitName: '白云寺村',
    state: 'FINE_PAID',
    fineAmount: 10600,
    finesWan: '1.06万元',
    penalised: true,
    latestDocumentNumber: '东溪经发罚决〔2026〕3号',
    personsDispatched: 3,
  }),
  caseSummary({ id: 9, partyUnitName: '东溪镇供销合作社', state: 'CLOSED', fineAmount: 0, finesWan: '0万元', penalised: true }),
]
const totals = { cases: 2, open: 1, penalised: 1, noPenalty: 0, withdrawn: 0, personsDispatched: 5, finesYuan: '10600.00', finesWan: '1.06万元' }
const query = (path: Parameters<typeof server.calls>[1]) => server.calls('GET', path).map((r) => Object.fromEntries(r.query))

async function render(roles: string[], path = '/enforcement-cases') {
  server.on('GET', '/api/v1/enforcement-cases', () => page(rows))
  server.on('GET', '/api/v1/enforcement-cases/totals', () => totals)
  server.on('GET', '/api/v1/campaigns', () => page([]))
  server.on('GET', '/api/v1/units', () => page([unit({ id: 4, name: '经发办', kind: 'OFFICE' })]))
  const { plugins } = signedIn(me({ roles }))
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(CasesView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

describe('the enforcement ledger', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists the cases with their fine in 元 and 万元 (a warning as such) and the latest document number', async () => {
    const wrapper = await render(['town-admin'])
    const table = wrapper.find('[data-testid="cases-table"]')
    expect(table.findAll('[data-testid="cases-party"]').map((p) => p.text())).toEqual(['一居', '白云寺村', '东溪镇供销合作社'])
    const fines = table.findAll('[data-testid="cases-fine"]').map((f) => f.text())
    // a decided penalty without a fine is a warning
    expect(fines).toEqual([expect.stringContaining('10,600.00元'), '警告'])
    expect(fines[0]).toContain('1.06万元')
    expect(table.text()).toContain('东溪经发罚决〔2026〕3号')
    expect(table.text()).toContain('罚款已缴纳')
  })

  it('adds up the cases as the list is filtered: cases, penalised, fines in 万元 and persons dispatched', async () => {
    const wrapper = await render(['town-admin'], '/enforcement-cases?officeUnitId=4&state=FINE_PAID&from=2026-01-01&to=2026-06-30')
    expect(wrapper.find('[data-testid="cases-total-cases"]').text()).toBe('2 件')
    expect(wrapper.find('[data-testid="cases-total-penalised"]').text()).toBe('1 件')
    expect(wrapper.find('[data-testid="cases-total-fines"]').text()).toBe('1.06万元')
    expect(wrapper.find('[data-testid="cases-total-persons"]').text()).toBe('5 人次')
    const filters = { officeUnitId: '4', state: 'FINE_PAID', from: '2026-01-01', to: '2026-06-30' }
    expect(query('/api/v1/enforcement-cases/totals')).toEqual([filters])
    expect(query('/api/v1/enforcement-cases')).toEqual([{ ...filters, page: '1', size: '20' }])
  })

  it('exports what the filters select', async () => {
    server.on('GET', '/api/v1/enforcement-cases/export.xlsx', () => file('执法台账-2026-11-29.xlsx'))
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const wrapper = await render(['leader'], '/enforcement-cases?partyUnitId=11&q=燃气')
    await wrapper.find('[data-testid="cases-export"]').trigger('click')
    await flush()
    expect(query('/api/v1/enforcement-cases/export.xlsx')).toEqual([{ partyUnitId: '11', q: '燃气' }])
  })

  it('says what to do when there are no cases yet; an office head has no office filter (it sees its own)', async () => {
    const wrapper = await render(['office-head'])
    server.on('GET', '/api/v1/enforcement-cases', () => page([]))
    await wrapper.find('[data-testid="cases-search"]').setValue('没有的')
    await new Promise((resolve) => setTimeout(resolve, 350))
    await flush()
    expect(wrapper.find('[data-testid="cases-empty"]').text()).toContain('在一次发现违法行为的现场检查页面点击“立案”')
    expect(wrapper.find('[data-testid="cases-filter-office"]').exists()).toBe(false)
  })

  it('turns the table into cards on a phone', async () => {
    phoneScreen()
    const wrapper = await render(['office-head'])
    expect(wrapper.find('[data-testid="cases-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-testid="cases-card"]')
    expect(cards).toHaveLength(3)
    expect(cards[1]!.text()).toContain('白云寺村')
    expect(cards[1]!.text()).toContain('1.06万元')
  })
})
