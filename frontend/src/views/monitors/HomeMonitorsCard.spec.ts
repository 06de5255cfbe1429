import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { MyTasks } from '@/api/types'
import { createAppRouter } from '@/router'
import { FakeResponse, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HomeView from '@/views/home/HomeView.vue'
import { monitors } from './monitorFixtures'
import type { EnforcementMonitors } from './monitorSections'

const server = useFakeApi()

const noTasks: MyTasks = { hazards: [], ledger: null, ledgersToReview: null, ledgersMissing: null }

async function render(role: string, answer: () => EnforcementMonitors | FakeResponse = () => monitors()) {
  server.on('GET', '/api/v1/me/tasks', () => noTasks)
  server.on('GET', '/api/v1/enforcement/monitors', answer)
  const { plugins } = signedIn(me({ roles: [role], unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(HomeView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

describe('the home page\'s monitors card', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the emergency office this year\'s four counts, each leading to the monitors page', async () => {
    const wrapper = await render('town-admin')
    expect(server.calls('GET', '/api/v1/enforcement/monitors')[0]!.query.toString()).toBe('year=2026')
    const card = wrapper.find('[data-testid="home-monitors"]')
    expect(card.text()).toContain('执法监测（2026年）')
    const value = (name: string) => card.find(`[data-testid="home-monitor-${name}"] [data-testid="home-monitor-value"]`).text()
    expect([value('firstInspectionUnpunished'), value('zeroPenaltyMonths'), value('plansBehind'), value('ordersOverdue')]).toEqual(['1', '2', '1', '1'])
    expect(card.find('[data-testid="home-monitor-plansBehind"]').attributes('href')).toBe('/enforcement/monitors')
  })

  it('an office head gets it too; leaders and village officers do not', async () => {
    expect((await render('office-head')).find('[data-testid="home-monitors"]').exists()).toBe(true)
    for (const role of ['leader', 'village-officer']) {
      document.body.innerHTML = ''
      expect((await render(role)).find('[data-testid="home-monitors"]').exists(), role).toBe(false)
    }
    expect(server.calls('GET', '/api/v1/enforcement/monitors')).toHaveLength(1)
  })

  it('says 本年度无 where nothing is due and 规则已关闭 for a switched-off rule', async () => {
    const wrapper = await render('town-admin', () =>
      monitors({ rules: { zeroPenaltyEnabled: false, zeroPenaltyMinimum: 1 }, zeroPenaltyMonths: [], ordersOverdue: [] }),
    )
    expect(wrapper.find('[data-testid="home-monitor-ordersOverdue"]').text()).toContain('本年度无')
    expect(wrapper.find('[data-testid="home-monitor-zeroPenaltyMonths"]').text()).toContain('规则已关闭')
  })

  it('stays away when the monitors cannot be read, without disturbing the rest of the page', async () => {
    const wrapper = await render('town-admin', () => problem(503, '服务暂不可用'))
    expect(wrapper.find('[data-testid="home-monitors"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="home-welcome"]').exists()).toBe(true)
    expect(document.body.querySelector('.el-message')).toBeNull()
  })
})
