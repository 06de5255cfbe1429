import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { unit } from '@/test/fixtures'
import { FakeResponse, page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import MonitorsView from './MonitorsView.vue'
import { monitors } from './monitorFixtures'
import type { EnforcementMonitors } from './monitorSections'

const server = useFakeApi()

const stub = { template: '<div />' }
const OTHER_PAGES = [
  { name: 'inspection', path: '/inspections/:id' },
  { name: 'enforcement-case', path: '/enforcement-cases/:id' },
  { name: 'enforcement-case-new', path: '/enforcement-cases/new' },
  { name: 'inspection-plan', path: '/inspection-plans/:id' },
]

async function render(answer: EnforcementMonitors | (() => EnforcementMonitors | FakeResponse), roles = ['town-admin'], path = '/enforcement/monitors') {
  server.on('GET', '/api/v1/enforcement/monitors', typeof answer === 'function' ? answer : () => answer)
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  for (const route of OTHER_PAGES) {
    if (router.hasRoute(route.name)) router.removeRoute(route.name)
    router.addRoute({ ...route, component: stub })
  }
  await router.push(path)
  const wrapper = mount(MonitorsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  await flush()
  return { wrapper, router }
}

const empty = (): EnforcementMonitors => monitors({ firstInspectionUnpunished: [], zeroPenaltyMonths: [], plansBehind: [], ordersOverdue: [] })

describe('the monitors page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows each monitor with its count and its rule in plain words', async () => {
    const { wrapper } = await render(monitors())
    expect(server.calls('GET', '/api/v1/enforcement/monitors')[0]!.query.toString()).toBe('year=2026')
    const count = (name: string) => wrapper.find(`[data-testid="monitor-${name}-count"]`).text()
    expect(count('firstInspectionUnpunished')).toBe('1 项')
    expect(count('zeroPenaltyMonths')).toBe('2 项')
    expect(count('plansBehind')).toBe('1 项')
    expect(count('ordersOverdue')).toBe('1 项')
    expect(wrapper.findAll('[data-testid="monitor-zeroPenaltyMonths-row"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="monitor-firstInspectionUnpunished"]').text()).toContain('首查必罚')
    expect(wrapper.find('[data-testid="monitor-zeroPenaltyMonths-rule"]').text()).toContain('至少要作出 1 件处罚决定')
  })

  it('each row names its records and links to them', async () => {
    const { wrapper } = await render(monitors())
    const first = wrapper.find('[data-testid="monitor-firstInspectionUnpunished-row"]')
    expect(first.text()).toContain('一居')
    expect(first.text()).toContain('经发办')
    expect(first.text()).toContain('2026年11月9日')
    expect(first.text()).toContain('未立案')
    expect(first.find('a[href="/inspections/20"]').text()).toBe('JC2026-0020')
    expect(first.find('[data-testid="monitor-open-case"]').attributes('href')).toBe('/enforcement-cases/new?inspectionId=20')

    const zero = wrapper.findAll('[data-testid="monitor-zeroPenaltyMonths-row"]')[0]!
    expect(zero.text()).toContain('经发办')
    expect(zero.text()).toContain('2026年3月')
    expect(zero.text()).toContain('1 个月')

    const plan = wrapper.find('[data-testid="monitor-plansBehind-row"]')
    expect(plan.text()).toContain('2026年5月')
    expect(plan.text()).toContain('4 / 2')
    expect(plan.text()).toContain('一居、白云寺村')
    expect(plan.find('a').attributes('href')).toBe('/inspection-plans/7')

    const order = wrapper.find('[data-testid="monitor-ordersOverdue-row"]')
    expect(order.text()).toContain('东溪镇供销合作社')
    expect(order.text()).toContain('2026年11月10日')
    expect(order.text()).toContain('18 天')
    expect(order.find('a').text()).toBe('东溪经发责改〔2026〕3号')
    expect(order.find('a').attributes('href')).toBe('/enforcement-cases/5')
  })

  it('an empty section says 本年度无 in so many words, with no rows', async () => {
    const { wrapper } = await render(empty())
    for (const name of ['firstInspectionUnpunished', 'zeroPenaltyMonths', 'plansBehind', 'ordersOverdue']) {
      expect(wrapper.find(`[data-testid="monitor-${name}-count"]`).text()).toBe('本年度无')
      expect(wrapper.find(`[data-testid="monitor-${name}-none"]`).text()).toMatch(/^本年度无：/)
      expect(wrapper.find(`[data-testid="monitor-${name}-row"]`).exists()).toBe(false)
    }
  })

  it('a switched-off 月月清零 says 规则已关闭, not 本年度无', async () => {
    const { wrapper } = await render(monitors({ rules: { zeroPenaltyEnabled: false, zeroPenaltyMinimum: 1 }, zeroPenaltyMonths: [] }))
    expect(wrapper.find('[data-testid="monitor-zeroPenaltyMonths-count"]').text()).toBe('规则已关闭')
    expect(wrapper.find('[data-testid="monitor-zeroPenaltyMonths-rule"]').text()).toContain('已关闭“月月清零”规则')
    expect(wrapper.find('[data-testid="monitor-zeroPenaltyMonths-none"]').exists()).toBe(false)
  })

  it('the rule names the town\'s own minimum', async () => {
    const { wrapper } = await render(monitors({ rules: { zeroPenaltyEnabled: true, zeroPenaltyMinimum: 2 } }))
    expect(wrapper.find('[data-testid="monitor-zeroPenaltyMonths-rule"]').text()).toContain('至少要作出 2 件处罚决定')
  })

  it('town admins and leaders may narrow to one office; the year and office go to the server', async () => {
    server.on('GET', '/api/v1/units', () => page([unit({ id: 4, name: '经发办', kind: 'OFFICE' }), unit({ id: 8, name: '白云寺村', kind: 'VILLAGE' })]))
    for (const roles of [['town-admin'], ['leader']]) {
      const { wrapper } = await render(monitors(), roles, '/enforcement/monitors?year=2025&officeUnitId=4')
      expect(wrapper.find('[data-testid="monitor-filter-office"]').exists(), roles[0]).toBe(true)
      // offices only: a village is no office to narrow to
      expect(wrapper.findComponent('[data-testid="monitor-filter-office"]').findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual(['经发办'])
      const query = server.calls('GET', '/api/v1/enforcement/monitors').at(-1)!.query
      expect(query.get('year')).toBe('2025')
      expect(query.get('officeUnitId')).toBe('4')
      wrapper.unmount()
    }
  })

  it('an office head sees its own office only: no office choice, none sent even if the address has one', async () => {
    const { wrapper } = await render(monitors(), ['office-head'], '/enforcement/monitors?officeUnitId=1')
    expect(wrapper.find('[data-testid="monitor-filter-office"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="monitor-own-office"]').text()).toBe('本办：经发办')
    expect(server.calls('GET', '/api/v1/enforcement/monitors')[0]!.query.has('officeUnitId')).toBe(false)
    expect(server.calls('GET', '/api/v1/units')).toHaveLength(0)
  })

  it('says so when the monitors could not be read, and tries again', async () => {
    let calls = 0
    const { wrapper } = await render(() => (++calls === 1 ? problem(502, 'Bad Gateway') : empty()))
    expect(wrapper.find('[data-testid="monitor-load-failed"]').text()).toContain('执法监测没有读取到')
    await wrapper.find('[data-testid="monitor-load-failed"] button').trigger('click')
    await flush()
    await flush()
    expect(wrapper.find('[data-testid="monitor-ordersOverdue-count"]').text()).toBe('本年度无')
  })

  it('on a phone each record is a card with the same row test id', async () => {
    phoneScreen()
    const { wrapper } = await render(monitors())
    const card = wrapper.find('article[data-testid="monitor-ordersOverdue-row"]')
    expect(card.text()).toContain('东溪经发责改〔2026〕3号')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
