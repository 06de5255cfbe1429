import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import CampaignsView from './CampaignsView.vue'
import { campaignSummary, figures } from './campaignFixtures'

const server = useFakeApi()

async function render(roles: string[], path = '/campaigns') {
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(CampaignsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return { wrapper, router }
}

describe('the campaigns page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('asks for this year\'s campaigns and shows each one\'s figures at a glance', async () => {
    server.on('GET', '/api/v1/campaigns', () => page([campaignSummary()]))
    const { wrapper } = await render(['leader'])
    expect(server.calls('GET', '/api/v1/campaigns')[0]!.query.toString()).toBe('year=2026&page=1&size=20')
    const figure = (name: string) => wrapper.find(`[data-testid="campaign-table"] [data-testid="campaign-figure-${name}"]`).text()
    expect(figure('personsDispatched')).toBe('12')
    expect(figure('inspections')).toBe('5')
    expect(figure('hazards')).toBe('3 / 2')
    expect(figure('violationsPenalised')).toBe('1')
    expect(figure('fines')).toBe('1.06万元')
    expect(wrapper.find('[data-testid="campaign-table"]').text()).toContain('2026年10月1日至12月31日')
    expect(wrapper.find('[data-testid="campaign-phase"]').text()).toBe('进行中')
  })

  it('flags 未保存整治记录 on the campaigns with no inspection linked, and only on those', async () => {
    server.on('GET', '/api/v1/campaigns', () =>
      page([campaignSummary(), campaignSummary({ id: 4, title: '消防安全专项行动', figures: figures({ recordsKept: false, inspections: 0, personsDispatched: 0 }) })]),
    )
    const { wrapper } = await render(['leader'])
    const flags = wrapper.findAll('[data-testid="campaign-no-records"]')
    expect(flags).toHaveLength(1)
    expect(flags[0]!.text()).toBe('未保存整治记录')
    const rows = wrapper.findAll('[data-testid="campaign-table"] .el-table__body-wrapper tr')
    expect(rows[1]!.text()).toContain('未保存整治记录')
    expect(rows[0]!.text()).not.toContain('未保存整治记录')
  })

  it('passes the sector, running and year filters as the API asks for them', async () => {
    server.on('GET', '/api/v1/campaigns', () => page([]))
    await render(['leader'], '/campaigns?year=2025&sector=GAS&active=false')
    const query = server.calls('GET', '/api/v1/campaigns')[0]!.query
    expect(query.get('year')).toBe('2025')
    expect(query.get('sector')).toBe('GAS')
    expect(query.get('active')).toBe('false')
  })

  it('the menu\'s plain link back to the page keeps it on this year', async () => {
    server.on('GET', '/api/v1/campaigns', () => page([]))
    const { router } = await render(['leader'], '/campaigns?year=2024&sector=GAS')
    await router.push('/campaigns')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await flush()
    const last = server.calls('GET', '/api/v1/campaigns').at(-1)!.query
    expect(last.get('year')).toBe('2026')
    expect(last.has('sector')).toBe(false)
  })

  it('an empty year says so, and tells those who may start one how', async () => {
    server.on('GET', '/api/v1/campaigns', () => page([]))
    expect((await render(['leader'])).wrapper.find('[data-testid="campaign-empty"]').text()).toBe('2026年还没有专项整治行动。')
    document.body.innerHTML = ''
    expect((await render(['town-admin'])).wrapper.find('[data-testid="campaign-empty"]').text()).toContain('点“新建专项行动”开始一项')
  })

  it('offers 新建专项行动 to town admins and office heads, not to leaders or village officers', async () => {
    server.on('GET', '/api/v1/campaigns', () => page([]))
    for (const [roles, offered] of [
      [['town-admin'], true],
      [['office-head'], true],
      [['leader'], false],
      [['village-officer'], false],
    ] as const) {
      const { wrapper } = await render([...roles])
      expect(wrapper.find('[data-testid="campaign-create"]').exists(), roles[0]).toBe(offered)
      wrapper.unmount()
    }
  })

  it('on a phone the campaigns are cards with the same figures and flag', async () => {
    phoneScreen()
    server.on('GET', '/api/v1/campaigns', () => page([campaignSummary({ figures: figures({ recordsKept: false }) })]))
    const { wrapper } = await render(['leader'])
    const card = wrapper.find('[data-testid="campaign-cards"]')
    expect(card.find('[data-testid="campaign-figure-fines"]').text()).toBe('1.06万元')
    expect(card.find('[data-testid="campaign-no-records"]').exists()).toBe(true)
  })
})
