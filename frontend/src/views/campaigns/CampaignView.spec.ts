import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { FakeResponse, page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CampaignView from './CampaignView.vue'
import type { Campaign, EnforcementCaseSummary, InspectionSummary } from './campaignApi'
import { campaign, figures } from './campaignFixtures'

const server = useFakeApi()

const inspection: InspectionSummary = {
  id: 21,
  serial: 'JC2026-0021',
  inspectingUnitId: 4,
  inspectingUnitName: '经发办',
  inspectedUnitId: 8,
  inspectedUnitName: '白云寺村',
  inspectedOn: '2026-11-23',
  inspectorCount: 2,
  checklistTitle: '燃气安全检查表',
  state: 'FINISHED',
  failedCount: 1,
  violationCount: 1,
  hazardCount: 1,
  campaignId: 3,
}
const enforcementCase = {
  id: 5,
  officeUnitId: 4,
  officeUnitName: '经发办',
  partyUnitId: 13,
  partyUnitName: '东溪镇供销合作社',
  sectorCode: 'GAS',
  state: 'ORDERED',
  openedOn: '2026-11-24',
  personsDispatched: 2,
  fineAmount: null,
  finesWan: null,
  penalised: false,
  noPenaltyReason: null,
  latestDocumentNumber: '东溪经发责改〔2026〕3号',
  version: 1,
} as unknown as EnforcementCaseSummary

/** The other helpers' pages this one links to; present once their branches are merged. */
const stub = { template: '<div />' }
const OTHER_PAGES = [
  { name: 'inspection', path: '/inspections/:id' },
  { name: 'inspection-new', path: '/inspections/new' },
  { name: 'enforcement-case', path: '/enforcement-cases/:id' },
]

async function render(subject: Campaign | (() => Campaign | FakeResponse), roles = ['office-head'], unitId = 4) {
  server.on('GET', '/api/v1/campaigns/{id}', typeof subject === 'function' ? subject : () => subject)
  const { plugins } = signedIn(me({ roles, unit: { id: unitId, name: unitId === 4 ? '经发办' : '规划自然资源所', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  // stand-ins for the linked pages: the link needs only the route's name, not the page's code
  for (const route of OTHER_PAGES) {
    if (router.hasRoute(route.name)) router.removeRoute(route.name)
    router.addRoute({ ...route, component: stub })
  }
  await router.push('/campaigns/3')
  const wrapper = mount(CampaignView, { props: { id: 3 }, global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  await flush()
  return { wrapper, router }
}

describe('a campaign\'s page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows what the campaign is and its figures as tiles, fines in 万元 with the yuan written out', async () => {
    server.on('GET', '/api/v1/inspections', () => page([inspection]))
    server.on('GET', '/api/v1/enforcement-cases', () => page([enforcementCase]))
    const { wrapper } = await render(campaign())
    expect(wrapper.find('[data-testid="campaign-heading"]').text()).toBe('2026年燃气安全专项整治行动')
    expect(wrapper.find('[data-testid="campaign-sector"]').text()).toBe('燃气')
    expect(wrapper.find('[data-testid="campaign-period"]').text()).toBe('2026年10月1日至12月31日')
    expect(wrapper.find('[data-testid="campaign-leading-unit"]').text()).toBe('经发办')
    expect(wrapper.find('[data-testid="campaign-participants"]').text()).toBe('白云寺村、一居')
    expect(wrapper.find('[data-testid="campaign-goal"]').text()).toContain('排查全镇餐饮场所燃气隐患')
    const tile = (name: string) => wrapper.find(`[data-testid="campaign-figure-${name}"]`).text()
    expect(tile('personsDispatched')).toContain('12')
    expect(tile('personsDispatched')).toContain('人次')
    expect(tile('hazards')).toContain('3 / 2')
    expect(tile('fines')).toContain('1.06万元')
    expect(tile('fines')).toContain('合计 10,600.00 元')
    expect(wrapper.find('[data-testid="campaign-no-records"]').exists()).toBe(false)
  })

  it('asks for its own inspections and cases, and links each to its page', async () => {
    server.on('GET', '/api/v1/inspections', () => page([inspection], 14, 1, 10))
    server.on('GET', '/api/v1/enforcement-cases', () => page([enforcementCase]))
    const { wrapper } = await render(campaign())
    expect(server.calls('GET', '/api/v1/inspections')[0]!.query.get('campaignId')).toBe('3')
    expect(server.calls('GET', '/api/v1/enforcement-cases')[0]!.query.get('campaignId')).toBe('3')
    const row = wrapper.find('[data-testid="campaign-inspection-row"]')
    expect(row.text()).toContain('白云寺村')
    expect(row.text()).toContain('已完成')
    expect(row.find('a').attributes('href')).toBe('/inspections/21')
    expect(wrapper.find('[data-testid="campaign-inspections"]').text()).toContain('共 14 条，这里显示最近 1 条')
    const caseRow = wrapper.find('[data-testid="campaign-case-row"]')
    expect(caseRow.text()).toContain('东溪镇供销合作社')
    expect(caseRow.find('a').attributes('href')).toBe('/enforcement-cases/5')
  })

  it('a campaign with no inspection linked is flagged 未保存整治记录 and says what to do', async () => {
    server.on('GET', '/api/v1/inspections', () => page([]))
    server.on('GET', '/api/v1/enforcement-cases', () => page([]))
    const { wrapper } = await render(campaign({ figures: figures({ recordsKept: false, inspections: 0, personsDispatched: 0, hazardsFound: 0, hazardsClosed: 0, violationsPenalised: 0, finesYuan: '0.00', finesWan: '0万元' }) }))
    expect(wrapper.find('[data-testid="campaign-no-records"]').text()).toBe('未保存整治记录')
    expect(wrapper.find('[data-testid="campaign-figures"]').text()).toContain('开展检查时选择本行动')
    expect(wrapper.find('[data-testid="campaign-inspections-empty"]').text()).toContain('还没有检查关联到本行动')
    expect(wrapper.find('[data-testid="campaign-cases-empty"]').text()).toContain('还没有执法案件关联到本行动')
  })

  it('a village officer whose unit was not inspected is told the campaign\'s inspections are not theirs to read, not that there are none', async () => {
    server.on('GET', '/api/v1/inspections', () => page([]))
    server.on('GET', '/api/v1/enforcement-cases', () => page([]))
    const { wrapper } = await render(campaign(), ['village-officer'], 8)
    expect(wrapper.find('[data-testid="campaign-inspections-empty"]').text()).toBe('本行动共有 5 次检查，其中没有您有权查看的。')
  })

  it('开展检查 leads to a new inspection for this campaign', async () => {
    server.on('GET', '/api/v1/inspections', () => page([]))
    server.on('GET', '/api/v1/enforcement-cases', () => page([]))
    const { wrapper, router } = await render(campaign())
    await wrapper.find('[data-testid="campaign-start-inspection"]').trigger('click')
    await flush()
    expect(router.currentRoute.value.name).toBe('inspection-new')
    expect(router.currentRoute.value.query).toEqual({ campaignId: '3' })
  })

  it('the leading office\'s head and town admins may edit; another office, a leader and a village officer may not', async () => {
    server.on('GET', '/api/v1/inspections', () => page([]))
    server.on('GET', '/api/v1/enforcement-cases', () => page([]))
    for (const [roles, unitId, may, inspects] of [
      [['office-head'], 4, true, true],
      [['town-admin'], 1, true, true],
      [['office-head'], 7, false, true],
      [['leader'], 1, false, false],
      [['village-officer'], 8, false, false],
    ] as const) {
      const { wrapper } = await render(campaign(), [...roles], unitId)
      expect(wrapper.find('[data-testid="campaign-edit"]').exists(), `${roles[0]} of ${unitId}`).toBe(may)
      expect(wrapper.find('[data-testid="campaign-start-inspection"]').exists(), `${roles[0]} of ${unitId}`).toBe(inspects)
      wrapper.unmount()
    }
  })

  it('a campaign that is not there (or not the caller\'s) says so and leads back to the list', async () => {
    const { wrapper } = await render(() => problem(404, '未找到'))
    expect(wrapper.find('[data-testid="campaign-load-error"]').text()).toContain('没有找到这个专项行动')
  })
})
