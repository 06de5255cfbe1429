import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { summary, unit } from '@/test/fixtures'
import { file, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import HazardsView from './HazardsView.vue'

const server = useFakeApi()

const rows = [
  summary(),
  summary({ id: 43, serial: 'YH2026-0043', grade: 'MAJOR', state: 'RECTIFYING', deadline: '2026-11-20', overdue: true, overdueDays: 8 }),
  // rectification reported done: still RECTIFYING to the workflow, 待验收 to people
  summary({ id: 44, serial: 'YH2026-0044', state: 'RECTIFYING', status: 'AWAITING_VERIFICATION' }),
]
const listed = () => server.calls('GET', '/api/v1/hazards').map((r) => Object.fromEntries(r.query))

let router: ReturnType<typeof createAppRouter>

async function render(roles: string[], path = '/hazards') {
  server.on('GET', '/api/v1/hazards', () => page(rows))
  const { plugins } = signedIn(me({ roles }))
  router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(HazardsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

/** Waits out the list's debounce after a filter changed. */
const settled = async () => {
  await new Promise((resolve) => setTimeout(resolve, 350))
  await flush()
}

describe('the hazards list', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the status people follow: 待验收 once the rectification is reported done', async () => {
    const wrapper = await render(['office-head'])
    const statuses = wrapper.findAll('[data-testid="hazard-status"]').map((tag) => tag.text())
    expect(statuses).toEqual(['已发现', '整改中', '待验收'])
    expect(wrapper.findAll('[data-testid="hazard-status"]')[2]!.classes()).toContain('el-tag--warning')
  })

  it('shows number, unit, grade (major in red), state, deadline and days overdue', async () => {
    const wrapper = await render(['village-officer'])
    const text = wrapper.find('[data-testid="hazard-table"]').text()
    expect(text).toContain('YH2026-0043')
    expect(text).toContain('白云寺村')
    expect(text).toContain('燃气')
    expect(text).toContain('整改中')
    expect(text).toContain('2026年11月20日')
    expect(wrapper.find('[data-testid="hazard-overdue"]').text()).toBe('逾期 8 天')
    const grades = wrapper.findAll('[data-testid="hazard-grade"]')
    expect(grades[1]!.text()).toBe('重大')
    expect(grades[1]!.classes()).toContain('major')
  })

  it('offers reporting to those who report, and not to leaders', async () => {
    expect((await render(['village-officer'])).find('[data-testid="hazard-report"]').exists()).toBe(true)
    expect((await render(['leader'])).find('[data-testid="hazard-report"]').exists()).toBe(false)
  })

  it('takes a filter from the address, as the home page links do', async () => {
    await render(['town-admin'], '/hazards?overdue=true')
    expect(listed()).toEqual([{ overdue: 'true', page: '1', size: '20' }])
  })

  it('takes every filter from the address, shows each, and sends exactly them', async () => {
    const wrapper = await render(
      ['village-officer'],
      '/hazards?status=AWAITING_VERIFICATION&responsibleUnitId=3&overdue=true&awaitsDistrictReport=true&unitId=8&sector=GAS&grade=MAJOR&q=%E4%BB%93%E5%BA%93&month=2026-11',
    )
    expect(listed()).toEqual([
      {
        status: 'AWAITING_VERIFICATION',
        responsibleUnitId: '3',
        overdue: 'true',
        awaitsDistrictReport: 'true',
        unitId: '8',
        sector: 'GAS',
        grade: 'MAJOR',
        q: '仓库',
        month: '2026-11',
        page: '1',
        size: '20',
      },
    ])
    expect(wrapper.find('[data-testid="hazard-filter-status"]').text()).toContain('待验收')
    expect(wrapper.find('[data-testid="hazard-filter-responsible"]').text()).toBe('责任单位：白云寺村')
    expect((wrapper.find('[data-testid="hazard-filter-overdue"] input').element as HTMLInputElement).checked).toBe(true)
  })

  it('leaves out what makes no sense in the address instead of sending it', async () => {
    await render(['town-admin'], '/hazards?status=DONE&overdue=maybe&unitId=abc&month=2026-13&state=FOUND')
    expect(listed()).toEqual([{ page: '1', size: '20' }])
  })

  it('keeps the address in step with the filters the user changes', async () => {
    const wrapper = await render(['town-admin'], '/hazards?overdue=true')
    wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'AWAITING_VERIFICATION')
    await settled()
    expect(router.currentRoute.value.query).toEqual({ overdue: 'true', status: 'AWAITING_VERIFICATION' })
    expect(listed().at(-1)).toEqual({ overdue: 'true', status: 'AWAITING_VERIFICATION', page: '1', size: '20' })

    // the menu's plain link on the same page clears them again
    await router.push('/hazards')
    await settled()
    expect(wrapper.find('[data-testid="hazard-filter-status"]').text()).not.toContain('待验收')
    expect(listed().at(-1)).toEqual({ page: '1', size: '20' })
  })

  it('names the responsible unit of a link\'s filter, and lets it be removed', async () => {
    server.on('GET', '/api/v1/units/{id}', () => unit({ id: 4, name: '经发办', kind: 'OFFICE' }))
    const wrapper = await render(['town-admin'], '/hazards?status=RECTIFYING&responsibleUnitId=4')
    const tag = wrapper.find('[data-testid="hazard-filter-responsible"]')
    expect(tag.text()).toBe('责任单位：经发办')
    await tag.find('.el-tag__close').trigger('click')
    await settled()
    expect(router.currentRoute.value.query).toEqual({ status: 'RECTIFYING' })
    expect(listed().at(-1)).toEqual({ status: 'RECTIFYING', page: '1', size: '20' })
  })

  it('exports what the filters select', async () => {
    server.on('GET', '/api/v1/hazards/export', () => file('隐患清单.xlsx'))
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const wrapper = await render(['town-admin'], '/hazards?awaitsDistrictReport=true&status=REGISTERED&responsibleUnitId=3')
    await wrapper.find('[data-testid="hazard-export"]').trigger('click')
    await flush()
    expect(server.calls('GET', '/api/v1/hazards/export').map((r) => Object.fromEntries(r.query))).toEqual([
      { awaitsDistrictReport: 'true', status: 'REGISTERED', responsibleUnitId: '3' },
    ])
  })

  it('turns the table into cards on a phone', async () => {
    phoneScreen()
    const wrapper = await render(['village-officer'])
    expect(wrapper.find('[data-testid="hazard-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-testid="hazard-card"]')
    expect(cards).toHaveLength(3)
    expect(cards[1]!.text()).toContain('逾期 8 天')
    expect(cards[2]!.find('[data-testid="hazard-status"]').text()).toBe('待验收')
  })
})
