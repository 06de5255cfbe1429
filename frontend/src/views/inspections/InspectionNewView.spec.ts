import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { FakeResponse, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import InspectionNewView from './InspectionNewView.vue'
import { inspection } from './fixtures'
import type { ChecklistSummary, InspectionPlan } from './useInspections'

const server = useFakeApi()

const checklist = (id: number, title: string, sectorCode: string): ChecklistSummary => ({
  id,
  sectorCode,
  title,
  ownerUnitId: 4,
  ownerUnitName: '经发办',
  currentVersionNo: 1,
  itemCount: 9,
  active: true,
  updatedAt: '2026-01-02T00:00:00Z',
})

const plan: InspectionPlan = {
  id: 3,
  unitId: 4,
  unitName: '经发办',
  year: 2026,
  kind: 'ANNUAL',
  month: null,
  title: '经发办2026年度检查计划',
  note: null,
  version: 1,
  items: [
    {
      id: 31,
      targetUnitId: 8,
      targetUnitName: '白云寺村',
      plannedMonth: '2026-11',
      plannedOn: null,
      checklistId: 2,
      checklistTitle: '燃气安全检查表',
      inspectors: ['王建国', '李明'],
      note: null,
      cancelled: false,
      cancelReason: null,
      version: 1,
      inspectionId: null,
      inspectedOn: null,
      status: 'PLANNED',
    },
  ],
}

let router: ReturnType<typeof createAppRouter>

async function render(path: string, roles = ['office-head']) {
  server.on('GET', '/api/v1/checklists', () => page([checklist(1, '工贸企业安全生产检查表', 'INDUSTRY_TRADE'), checklist(2, '燃气安全检查表', 'GAS')]))
  server.on('GET', '/api/v1/campaigns', () => page([]))
  server.on('GET', '/api/v1/inspection-plans/{id}', () => plan)
  server.on('GET', '/api/v1/units', () => page([]))
  server.on('POST', '/api/v1/inspections', () => new FakeResponse(201, inspection({ id: 23, serial: 'JC2026-0023' }), { 'Content-Type': 'application/json' }))
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' }, person: { id: 5, name: '刘洋', position: '主任' } }))
  router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(InspectionNewView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)

async function submit() {
  $('inspection-form-submit')!.click()
  await flush()
  await flush()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

describe('a new inspection', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('carries out a plan item: unit, checklist and inspectors from the plan, and the item sent along', async () => {
    const wrapper = await render('/inspections/new?planId=3&planItemId=31')
    expect($('inspection-new-plan')!.textContent).toContain('经发办2026年度检查计划')
    // an office head inspects in its own office's name
    expect($('inspection-form-inspecting-fixed')!.textContent).toBe('经发办')
    expect($('inspection-form-inspector-count')!.textContent).toContain('共 2 人，出动人次记为 2')
    await submit()
    const [sent] = server.calls('POST', '/api/v1/inspections')
    expect(sent!.body).toEqual({
      inspectingUnitId: 4,
      inspectedUnitId: 8,
      // the town's today, from the settings
      inspectedOn: '2026-11-28',
      inspectors: ['王建国', '李明'],
      checklistId: 2,
      planItemId: 31,
      campaignId: null,
      place: null,
      onSitePerson: null,
    })
    // the page's code loads on the way
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inspection'), { timeout: 10_000 })
    expect(router.currentRoute.value.params.id).toBe('23')
    wrapper.unmount()
  })

  it('asks for the inspected unit and the checklist before sending anything', async () => {
    await render('/inspections/new')
    await submit()
    expect(server.calls('POST', '/api/v1/inspections')).toHaveLength(0)
    const text = $('inspection-form')!.textContent!
    expect(text).toContain('请选择被检查单位')
    expect(text).toContain('请选择检查表')
    // the signed-in person is offered as the first inspector
    expect($('inspection-form-inspector-count')!.textContent).toContain('共 1 人')
  })

  it('narrows the checklists by sector', async () => {
    const wrapper = await render('/inspections/new')
    const sector = wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'inspection-form-sector')!
    sector.vm.$emit('update:modelValue', 'GAS')
    await nextTick()
    await flush()
    const asked = server.calls('GET', '/api/v1/checklists').map((r) => Object.fromEntries(r.query))
    expect(asked[0]).toMatchObject({ active: 'true' })
    expect(asked.at(-1)).toMatchObject({ active: 'true', sector: 'GAS' })
  })
})
