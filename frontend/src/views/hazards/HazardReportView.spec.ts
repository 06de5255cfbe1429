import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'
import { createAppRouter } from '@/router'
import { hazard, settings } from '@/test/fixtures'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HazardReportView from './HazardReportView.vue'

const server = useFakeApi()
const reports = () => server.calls('POST', '/api/v1/hazards').map((r) => r.body)
let router: Router

async function render(roles = ['village-officer'], today = '2026-11-28') {
  server.on('GET', '/api/v1/hazards', () => page([]))
  server.on('GET', '/api/v1/hazards/{id}', ({ params }) => hazard({}, { id: Number(params.id) }))
  const { plugins } = signedIn(me({ roles }), settings({ today }))
  router = createAppRouter(createMemoryHistory())
  await router.push('/hazards/new')
  return mount(HazardReportView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
}

async function type(wrapper: VueWrapper, testid: string, value: string) {
  const input = wrapper.find(`[data-testid="${testid}"]`).element as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

function choose(wrapper: VueWrapper, component: 'ElSelect' | 'ElRadioGroup', testid: string, value: unknown) {
  const found = wrapper.findAllComponents({ name: component }).find((c) => c.attributes('data-testid') === testid)!
  found.vm.$emit('update:modelValue', value)
}

async function send(wrapper: VueWrapper) {
  await wrapper.find('[data-testid="hazard-form"]').trigger('submit')
  await flush()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

describe('reporting a hazard', () => {
  let wrapper: VueWrapper
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('a village officer reports in their own village, which is filled in and fixed', async () => {
    wrapper = await render()
    await flush()
    expect(wrapper.find('[data-testid="hazard-form-unit-fixed"]').text()).toBe('白云寺村')
    expect(wrapper.find('[data-testid="hazard-form-unit"]').exists()).toBe(false)
  })

  it('says what is missing before sending anything', async () => {
    wrapper = await render()
    await flush()
    await send(wrapper)
    expect(reports()).toHaveLength(0)
    const text = wrapper.text()
    expect(text).toContain('请填写隐患部位')
    expect(text).toContain('请描述隐患情况')
    expect(text).toContain('请选择行业领域')
    expect(text).toContain('请选择隐患类别')
  })

  it('sends the report and opens the new hazard; the server\'s field messages go under the fields', async () => {
    let answers = 0
    server.on('POST', '/api/v1/hazards', () =>
      ++answers === 1 ? problem(400, '提交的内容有误', { errors: [{ field: 'place', message: '部位不能超过200个字' }] }) : hazard(),
    )
    wrapper = await render()
    await flush()
    await type(wrapper, 'hazard-form-place', '村委会仓库')
    await type(wrapper, 'hazard-form-description', '液化气钢瓶与杂物混放')
    choose(wrapper, 'ElSelect', 'hazard-form-sector', 'GAS')
    choose(wrapper, 'ElRadioGroup', 'hazard-form-cause', 'THINGS')
    await nextTick()

    await send(wrapper)
    expect(reports()).toEqual([
      expect.objectContaining({
        unitId: 3,
        place: '村委会仓库',
        description: '液化气钢瓶与杂物混放',
        sectorCode: 'GAS',
        causeCategory: 'THINGS',
        grade: 'GENERAL',
        source: 'PATROL',
        recurrenceOfId: null,
        attachmentIds: [],
      }),
    ])
    expect(wrapper.text()).toContain('部位不能超过200个字')
    expect(router.currentRoute.value.name).toBe('hazard-new')

    await send(wrapper)
    expect(reports()).toHaveLength(2)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/hazards/42'), { timeout: 10_000 })
  })

  it('dates the find today in the town, and allows no later day, whatever the browser\'s date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-28T19:44:00Z')) // still the 28th in UTC, already the 29th in the town
    try {
      server.on('POST', '/api/v1/hazards', () => hazard())
      wrapper = await render(['village-officer'], '2026-11-29')
      await flush()
      const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
      const disabled = picker.props('disabledDate') as (d: Date) => boolean
      expect(disabled(new Date(2026, 10, 29))).toBe(false)
      expect(disabled(new Date(2026, 10, 30))).toBe(true)

      await type(wrapper, 'hazard-form-place', '村委会仓库')
      await type(wrapper, 'hazard-form-description', '液化气钢瓶与杂物混放')
      choose(wrapper, 'ElSelect', 'hazard-form-sector', 'GAS')
      choose(wrapper, 'ElRadioGroup', 'hazard-form-cause', 'THINGS')
      await nextTick()
      await send(wrapper)
      expect(reports()).toEqual([expect.objectContaining({ foundOn: '2026-11-29' })])
    } finally {
      vi.useRealTimers()
    }
  })

  it('an office head chooses the unit', async () => {
    wrapper = await render(['office-head'])
    await flush()
    expect(wrapper.find('[data-testid="hazard-form-unit"]').exists()).toBe(true)
  })
})
