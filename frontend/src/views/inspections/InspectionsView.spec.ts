import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import InspectionsView from './InspectionsView.vue'
import type { InspectionSummary } from './useInspections'

const server = useFakeApi()

const row = (overrides: Partial<InspectionSummary> = {}): InspectionSummary => ({
  id: 9,
  serial: 'JC2026-0009',
  inspectingUnitId: 4,
  inspectingUnitName: '经发办',
  inspectedUnitId: 8,
  inspectedUnitName: '白云寺村',
  inspectedOn: '2026-05-03',
  inspectorCount: 2,
  checklistTitle: '燃气安全检查表',
  state: 'FINISHED',
  failedCount: 1,
  violationCount: 1,
  hazardCount: 1,
  campaignId: null,
  ...overrides,
})

let router: ReturnType<typeof createAppRouter>

async function render(roles: string[], path = '/inspections') {
  server.on('GET', '/api/v1/inspections', () => page([row(), row({ id: 22, serial: 'JC2026-0022', state: 'IN_PROGRESS', failedCount: 0, violationCount: 0, hazardCount: 0 })]))
  const { plugins } = signedIn(me({ roles }))
  router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(InspectionsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

describe('the inspections list', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows number, date, offices, checklist, persons dispatched, state and the counts', async () => {
    const wrapper = await render(['office-head'])
    const text = wrapper.find('[data-testid="inspection-table"]').text()
    for (const words of ['JC2026-0009', '2026年5月3日', '经发办', '白云寺村', '燃气安全检查表', '已完成', '进行中']) expect(text).toContain(words)
    expect(wrapper.findAll('[data-testid="inspection-state"]').map((t) => t.text())).toEqual(['已完成', '进行中'])
  })

  it('reads its filters from the address and sends them', async () => {
    await render(['town-admin'], '/inspections?state=FINISHED&inspectingUnitId=4&from=2026-01-01&to=2026-06-30&q=JC')
    const query = Object.fromEntries(server.calls('GET', '/api/v1/inspections')[0]!.query)
    expect(query).toMatchObject({ state: 'FINISHED', inspectingUnitId: '4', from: '2026-01-01', to: '2026-06-30', q: 'JC', page: '1' })
  })

  it('offers 新建检查 to town admins and office heads, not to leaders or village officers', async () => {
    expect((await render(['town-admin'])).find('[data-testid="inspection-create"]').exists()).toBe(true)
    expect((await render(['office-head'])).find('[data-testid="inspection-create"]').exists()).toBe(true)
    expect((await render(['leader'])).find('[data-testid="inspection-create"]').exists()).toBe(false)
    expect((await render(['village-officer'])).find('[data-testid="inspection-create"]').exists()).toBe(false)
  })

  it('reads as the inspections of one\'s own unit to a village officer, without a filter by inspected unit', async () => {
    const wrapper = await render(['village-officer'])
    expect(wrapper.find('h1').text()).toBe('本单位接受的检查')
    expect(wrapper.find('[data-testid="inspection-own-unit-intro"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="inspection-filter-inspected"]').exists()).toBe(false)
    const head = await render(['office-head'])
    expect(head.find('h1').text()).toBe('检查记录')
    expect(head.find('[data-testid="inspection-filter-inspected"]').exists()).toBe(true)
  })

  it('shows cards on a phone, and a card opens the inspection', async () => {
    phoneScreen()
    const wrapper = await render(['village-officer'])
    const cards = wrapper.findAll('[data-testid="inspection-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.text()).toContain('不合格 1 · 违法 1 · 隐患 1')
    await cards[1]!.trigger('click')
    // the page's code loads on the way
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inspection'), { timeout: 10_000 })
    expect(router.currentRoute.value.params.id).toBe('22')
  })
})
