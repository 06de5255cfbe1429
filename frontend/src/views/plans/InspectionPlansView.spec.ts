import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { MonthExecution, PlanExecution } from '@/composables/useInspectionPlans'
import { createAppRouter } from '@/router'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import InspectionPlansView from './InspectionPlansView.vue'

const server = useFakeApi()

function months(overrides: Record<number, Partial<MonthExecution>>): MonthExecution[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    planned: 0,
    doneOnTime: 0,
    doneLate: 0,
    missed: 0,
    rate: null,
    behindSchedule: false,
    missedItems: [],
    ...overrides[i + 1],
  }))
}

const execution = (): PlanExecution => ({
  year: 2026,
  offices: [
    {
      unitId: 4,
      unitName: '经发办',
      months: months({
        1: { planned: 1, doneOnTime: 1, rate: 1 },
        3: { planned: 2, doneOnTime: 1, doneLate: 1, rate: 0.5, behindSchedule: true },
        6: { planned: 2, doneOnTime: 1, missed: 1, rate: 0.5, behindSchedule: true, missedItems: [{ planId: 2, itemId: 18, targetUnitName: '二居' }] },
        11: { planned: 1, doneOnTime: 0, rate: 0 },
        12: { planned: 1 },
      }),
    },
  ],
})

async function render(roles: string[]) {
  server.on('GET', '/api/v1/inspection-plans/execution', () => execution())
  server.on('GET', '/api/v1/inspection-plans', () =>
    page([{ id: 2, unitId: 4, unitName: '经发办', year: 2026, kind: 'ANNUAL' as const, month: null, title: '经发办2026年度检查计划', itemCount: 7, doneCount: 4, executionRate: 0.6, behindSchedule: true }]),
  )
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/inspection-plans')
  const wrapper = mount(InspectionPlansView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return { wrapper, router }
}

describe('the plan calendar', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('colours each month of an office: on time, late, 滞后, this month, not due, nothing planned', async () => {
    const { wrapper } = await render(['town-admin'])
    const cell = (m: number) => wrapper.find(`[data-testid="plan-cell-4-${m}"]`)
    expect([1, 3, 6, 11, 12, 2].map((m) => cell(m).attributes('data-state'))).toEqual(['onTime', 'late', 'behind', 'current', 'notDue', 'empty'])
    expect(cell(6).text()).toContain('1/2')
    expect(cell(6).text()).toContain('50%')
    expect(cell(6).text()).toContain('滞后')
    expect(cell(12).text()).toContain('未到期')
    // on time: (1 + 1 + 1) of (1 + 2 + 2) due
    expect(wrapper.find('[data-testid="plan-rate-4"]').text()).toBe('60%')
    expect(server.calls('GET', '/api/v1/inspection-plans/execution')[0]!.query.get('year')).toBe('2026')
  })

  it('lists a month\'s missed units when its cell is clicked, each with a link to its plan', async () => {
    const { wrapper } = await render(['leader'])
    await wrapper.find('[data-testid="plan-cell-4-6"]').trigger('click')
    await flush()
    const missed = document.body.querySelector('[data-testid="plan-missed-18"]')!
    expect(missed.textContent).toContain('二居')
    expect(missed.querySelector('a')!.getAttribute('href')).toBe('/inspection-plans/2#item-18')
  })

  it('lists the plans with their kind, progress, rate and 滞后', async () => {
    const { wrapper } = await render(['office-head'])
    const row = wrapper.find('[data-testid="plan-table"] .el-table__body tr')
    expect(row.text()).toContain('经发办2026年度检查计划')
    expect(row.text()).toContain('年度计划')
    expect(row.text()).toContain('已完成 4/7')
    expect(row.text()).toContain('60%')
    expect(row.text()).toContain('滞后')
  })

  it('offers 新建计划 to the emergency office and office heads, not to leaders', async () => {
    expect((await render(['town-admin'])).wrapper.find('[data-testid="plan-create"]').exists()).toBe(true)
    document.body.innerHTML = ''
    expect((await render(['office-head'])).wrapper.find('[data-testid="plan-create"]').exists()).toBe(true)
    document.body.innerHTML = ''
    expect((await render(['leader'])).wrapper.find('[data-testid="plan-create"]').exists()).toBe(false)
  })

  it('says what to do when the year has no plan', async () => {
    server.on('GET', '/api/v1/inspection-plans/execution', () => ({ year: 2026, offices: [] }))
    server.on('GET', '/api/v1/inspection-plans', () => page([]))
    const { plugins } = signedIn(me({ roles: ['office-head'] }))
    const router = createAppRouter(createMemoryHistory())
    const wrapper = mount(InspectionPlansView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
    await flush()
    await flush()
    expect(wrapper.find('[data-testid="plan-calendar-empty"]').text()).toContain('点击“新建计划”')
  })
})

describe('a new plan', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('an office head writes one for its own office, the title offered in the usual words', async () => {
    server.on('GET', '/api/v1/inspection-plans/execution', () => ({ year: 2026, offices: [] }))
    server.on('GET', '/api/v1/inspection-plans', () => page([]))
    server.on('POST', '/api/v1/inspection-plans', ({ body }) => ({ id: 7, unitName: '经发办', version: 0, items: [], note: null, month: null, ...body }) as never)
    const { plugins } = signedIn(me({ roles: ['office-head'], unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
    const router = createAppRouter(createMemoryHistory())
    await router.push('/inspection-plans')
    const wrapper = mount(InspectionPlansView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
    await flush()
    await wrapper.find('[data-testid="plan-create"]').trigger('click')
    await flush()
    await flush()
    const title = document.body.querySelector<HTMLInputElement>('[data-testid="plan-form-title"]')!
    expect(title.value).toBe('经发办2026年度检查计划')
    document.body.querySelector<HTMLButtonElement>('[data-testid="plan-form-submit"]')!.click()
    await new Promise((resolve) => setTimeout(resolve, 200))
    await flush()
    expect(server.calls('POST', '/api/v1/inspection-plans').map((c) => c.body)).toEqual([
      { unitId: 4, year: 2026, kind: 'ANNUAL', month: null, title: '经发办2026年度检查计划', note: null, items: [] },
    ])
    // the plan's page opens (its code is loaded first)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/inspection-plans/7'), { timeout: 10_000 })
  })
})
