import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { summary } from '@/test/fixtures'
import { file, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import HazardsView from './HazardsView.vue'

const server = useFakeApi()

const rows = [
  summary(),
  summary({ id: 43, serial: 'YH2026-0043', grade: 'MAJOR', state: 'RECTIFYING', deadline: '2026-11-20', overdue: true, overdueDays: 8 }),
]
const listed = () => server.calls('GET', '/api/v1/hazards').map((r) => Object.fromEntries(r.query))

async function render(roles: string[], path = '/hazards') {
  server.on('GET', '/api/v1/hazards', () => page(rows))
  const { plugins } = signedIn(me({ roles }))
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(HazardsView, { global: { plugins: [...plugins, router] } })
  await flush()
  await flush()
  return wrapper
}

describe('the hazards list', () => {
  afterEach(() => {
    document.body.innerHTML = ''
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

  it('exports what the filters select', async () => {
    server.on('GET', '/api/v1/hazards/export', () => file('隐患清单.xlsx'))
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const wrapper = await render(['town-admin'], '/hazards?awaitsDistrictReport=true')
    await wrapper.find('[data-testid="hazard-export"]').trigger('click')
    await flush()
    expect(server.calls('GET', '/api/v1/hazards/export').map((r) => Object.fromEntries(r.query))).toEqual([{ awaitsDistrictReport: 'true' }])
  })

  it('turns the table into cards on a phone', async () => {
    phoneScreen()
    const wrapper = await render(['village-officer'])
    expect(wrapper.find('[data-testid="hazard-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-testid="hazard-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[1]!.text()).toContain('逾期 8 天')
  })
})
