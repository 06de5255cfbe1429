import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { InspectionPlan, InspectionPlanItem } from '@/composables/useInspectionPlans'
import { routes } from '@/router'
import { useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import InspectionPlanView from './InspectionPlanView.vue'

const server = useFakeApi()

const item = (overrides: Partial<InspectionPlanItem>): InspectionPlanItem => ({
  id: 1,
  targetUnitId: 13,
  targetUnitName: '东溪镇供销合作社',
  plannedMonth: '2026-03',
  plannedOn: null,
  checklistId: null,
  checklistTitle: null,
  inspectors: ['刘洋', '周红'],
  note: null,
  cancelled: false,
  cancelReason: null,
  version: 0,
  inspectionId: null,
  inspectedOn: null,
  status: 'PLANNED',
  ...overrides,
})

const plan = (): InspectionPlan => ({
  id: 2,
  unitId: 4,
  unitName: '经发办',
  year: 2026,
  kind: 'ANNUAL',
  month: null,
  title: '东溪镇经发办2026年度安全生产检查计划',
  note: null,
  version: 0,
  items: [
    item({ id: 10, status: 'DONE_ON_TIME', inspectionId: 31, inspectedOn: '2026-03-04' }),
    item({ id: 11, status: 'DONE_LATE', inspectionId: 32, inspectedOn: '2026-04-03', targetUnitName: '太平村' }),
    item({ id: 12, status: 'MISSED', plannedMonth: '2026-06', targetUnitName: '二居' }),
    item({ id: 13, status: 'PLANNED', plannedMonth: '2026-11', targetUnitName: '一居' }),
    item({ id: 14, status: 'PLANNED', plannedMonth: '2026-12', targetUnitName: '白云寺村' }),
    item({ id: 15, status: 'CANCELLED', cancelled: true, cancelReason: '企业已停产', targetUnitName: '红岩村' }),
  ],
})

const Stub = defineComponent({ template: '<div />' })

async function render(roles: string[], unitId = 4) {
  server.on('GET', '/api/v1/inspection-plans/{id}', () => plan())
  const { plugins } = signedIn(me({ roles, unit: { id: unitId, name: '经发办', kind: 'OFFICE' } }))
  // the inspection pages come with another part of issue 8: stand-ins under their binding names
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      ...routes.filter((r) => r.name !== 'inspection-new' && r.name !== 'inspection'),
      { name: 'inspection-new', path: '/inspections/new', component: Stub },
      { name: 'inspection', path: '/inspections/:id', component: Stub },
    ],
  })
  await router.push('/inspection-plans/2')
  const wrapper = mount(InspectionPlanView, { props: { id: 2 }, global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return { wrapper, router }
}

describe('a plan\'s page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('says each item\'s status in words: 按时完成, 逾期完成, 未完成, 本月待查, 未到期, 已取消 with its reason', async () => {
    const { wrapper } = await render(['office-head'])
    const status = (id: number) => wrapper.find(`[data-testid="plan-item-${id}-status"]`).text()
    expect([10, 11, 12, 13, 14, 15].map(status)).toEqual(['按时完成', '逾期完成', '未完成', '本月待查', '未到期', '已取消'])
    expect(wrapper.find('[data-testid="plan-item-15"]').text()).toContain('企业已停产')
    expect(wrapper.find('[data-testid="plan-progress"]').text()).toBe('已完成 2/5')
  })

  it('offers 去检查 and 取消 on planned and missed items only, to the office\'s own head', async () => {
    const { wrapper } = await render(['office-head'])
    const ids = (suffix: string) =>
      wrapper.findAll(`[data-testid$="-${suffix}"]`).map((b) => b.attributes('data-testid')!.replace(/^plan-item-(\d+)-.*$/, '$1'))
    expect(ids('inspect')).toEqual(['12', '13', '14'])
    expect(ids('cancel')).toEqual(['12', '13', '14'])
    expect(wrapper.find('[data-testid="plan-add-item"]').exists()).toBe(true)
  })

  it('去检查 opens a new inspection for the plan item', async () => {
    const { wrapper, router } = await render(['office-head'])
    await wrapper.find('[data-testid="plan-item-12-inspect"]').trigger('click')
    await flush()
    expect(router.currentRoute.value.name).toBe('inspection-new')
    expect(router.currentRoute.value.query).toEqual({ planId: '2', planItemId: '12' })
  })

  it('a done item links to its inspection', async () => {
    const { wrapper, router } = await render(['leader'])
    await wrapper.find('[data-testid="plan-item-11-inspection"]').trigger('click')
    await flush()
    expect(router.currentRoute.value.name).toBe('inspection')
    expect(router.currentRoute.value.params).toEqual({ id: '32' })
  })

  it('a leader and another office\'s head read it without the buttons that write', async () => {
    for (const [roles, unitId] of [[['leader'], 1], [['office-head'], 7]] as const) {
      const { wrapper } = await render([...roles], unitId)
      expect(wrapper.find('[data-testid$="-inspect"]').exists()).toBe(false)
      expect(wrapper.find('[data-testid$="-cancel"]').exists()).toBe(false)
      expect(wrapper.find('[data-testid="plan-add-item"]').exists()).toBe(false)
      wrapper.unmount()
    }
  })

  it('cancels an item with the reason written, sending the item\'s version', async () => {
    server.on('POST', '/api/v1/inspection-plans/{id}/items/{itemId}/cancel', () => {
      const p = plan()
      p.items[2] = { ...p.items[2]!, status: 'CANCELLED', cancelled: true, cancelReason: '已搬迁', version: 1 }
      return p
    })
    const { wrapper } = await render(['town-admin'], 2)
    await wrapper.find('[data-testid="plan-item-12-cancel"]').trigger('click')
    await flush()
    const input = document.body.querySelector<HTMLTextAreaElement>('.el-message-box textarea')!
    input.value = '已搬迁'
    input.dispatchEvent(new Event('input'))
    await flush()
    document.body.querySelector<HTMLButtonElement>('.el-message-box .el-button--primary')!.click()
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flush()
    expect(server.calls('POST', '/api/v1/inspection-plans/{id}/items/{itemId}/cancel').map((c) => [c.params, c.body])).toEqual([
      [{ id: '2', itemId: '12' }, { version: 0, reason: '已搬迁' }],
    ])
    expect(wrapper.find('[data-testid="plan-item-12-status"]').text()).toBe('已取消')
  })

  it('changes the plan\'s title and note, keeping its office and period, with the version read', async () => {
    server.on('PUT', '/api/v1/inspection-plans/{id}', ({ body }) => ({ ...plan(), title: body.title, note: body.note ?? null, version: 1 }))
    const { wrapper } = await render(['office-head'])
    await wrapper.find('[data-testid="plan-edit"]').trigger('click')
    await flush()
    await flush()
    expect(document.body.querySelector('[data-testid="plan-form-unit"]')!.textContent).toBe('经发办')
    const title = document.body.querySelector<HTMLInputElement>('[data-testid="plan-form-title"]')!
    title.value = '经发办2026年度检查计划（修订）'
    title.dispatchEvent(new Event('input'))
    await flush()
    document.body.querySelector<HTMLButtonElement>('[data-testid="plan-form-submit"]')!.click()
    await new Promise((resolve) => setTimeout(resolve, 200))
    await flush()
    expect(server.calls('PUT', '/api/v1/inspection-plans/{id}').map((c) => c.body)).toEqual([
      { unitId: 4, year: 2026, kind: 'ANNUAL', month: null, title: '经发办2026年度检查计划（修订）', note: null, items: [], version: 0 },
    ])
    expect(wrapper.find('[data-testid="plan-heading"]').text()).toBe('经发办2026年度检查计划（修订）')
  })
})
