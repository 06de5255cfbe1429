import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { EnforcementCase } from '@/composables/useEnforcementCases'
import { createAppRouter } from '@/router'
import { enforcementCase, paidCase } from '@/test/enforcementFixtures'
import { FakeResponse, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CaseView from './CaseView.vue'

const server = useFakeApi()

async function render(subject: EnforcementCase | (() => EnforcementCase), roles = ['office-head']) {
  server.on('GET', '/api/v1/enforcement-cases/{id}', () => (typeof subject === 'function' ? subject() : subject))
  const { plugins } = signedIn(me({ username: 'officehead', roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/enforcement-cases/7')
  const wrapper = mount(CaseView, { props: { id: 7 }, global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

const buttons = (wrapper: Awaited<ReturnType<typeof render>>) => wrapper.findAll('[data-testid^="case-step-"]').map((b) => b.attributes('data-testid'))
const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)

describe('a case\'s page', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:docx')
    URL.revokeObjectURL = vi.fn()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('offers as buttons only the steps the server allows, in the order of the chain', async () => {
    const wrapper = await render(enforcementCase({ state: 'REINSPECTED', allowedActions: ['WITHDRAW', 'CLOSE_WITHOUT_PENALTY', 'NOTIFY_PENALTY'] }))
    expect(buttons(wrapper)).toEqual(['case-step-NOTIFY_PENALTY', 'case-step-CLOSE_WITHOUT_PENALTY', 'case-step-WITHDRAW'])
    expect(wrapper.find('[data-testid="case-step-NOTIFY_PENALTY"]').text()).toBe('行政处罚告知')
    expect(wrapper.find('[data-testid="case-read-only"]').exists()).toBe(false)
  })

  it('is read only for a leader: no buttons, and it says who conducts the case', async () => {
    const wrapper = await render(enforcementCase({ allowedActions: [] }), ['leader'])
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="case-read-only"]').text()).toContain('办案单位负责人或镇应急办')
  })

  it('shows the party, the office, the state and the chain with each document\'s number and the fine in capitals', async () => {
    const wrapper = await render(paidCase())
    expect(wrapper.find('[data-testid="case-party"]').text()).toBe('一居')
    expect(wrapper.find('[data-testid="case-state"]').text()).toBe('已结案')
    expect(wrapper.find('[data-testid="case-inspection"]').text()).toBe('JC2026-0020')
    const chain = wrapper.findAll('[data-testid^="case-chain-"]').map((s) => s.attributes('data-testid'))
    expect(chain).toEqual([
      'case-chain-INSPECTED',
      'case-chain-ORDERED',
      'case-chain-REINSPECTED',
      'case-chain-PENALTY_NOTIFIED',
      'case-chain-PENALTY_DECIDED',
      'case-chain-FINE_PAID',
      'case-chain-CLOSED',
    ])
    expect(wrapper.find('[data-testid="case-chain-ORDERED"]').text()).toContain('2026年11月10日')
    expect(wrapper.find('[data-testid="case-doc-number-PENALTY_DECISION"]').text()).toBe('东溪经发罚决〔2026〕1号')
    expect(wrapper.find('[data-testid="case-fine"]').text()).toContain('10,600.00元（1.06万元）')
    expect(wrapper.find('[data-testid="case-fine"]').text()).toContain('壹万零陆佰元整')
    expect(wrapper.find('[data-testid="case-chain-FINE_PAID"]').text()).toContain('FS-001')
  })

  it('a warning: the payment is not due, and 结案 follows the decision', async () => {
    const warning = paidCase({ state: 'PENALTY_DECIDED', fineAmount: 0, finesWan: '0万元', finePaidOn: null, fineReceiptNo: null, closedOn: null, allowedActions: ['CLOSE', 'WITHDRAW'] })
    const wrapper = await render(warning)
    expect(wrapper.find('[data-testid="case-chain-FINE_PAID"]').text()).toContain('警告，无罚款，不需缴纳')
    expect(buttons(wrapper)).toEqual(['case-step-CLOSE', 'case-step-WITHDRAW'])
  })

  it('shows the legal ground of a case closed without penalty, and the reason of a withdrawn one', async () => {
    const noPenalty = enforcementCase({ state: 'NO_PENALTY', orderedOn: '2026-11-10', reinspectedOn: '2026-11-16', noPenaltyReason: 'FIRST_MINOR_CORRECTED', closedOn: '2026-11-17' })
    let wrapper = await render(noPenalty)
    expect(wrapper.find('[data-testid="case-no-penalty"]').text()).toContain('《行政处罚法》第三十三条第一款')
    wrapper.unmount()
    wrapper = await render(enforcementCase({ state: 'WITHDRAWN', withdrawnReason: '当事人认定错误' }))
    expect(wrapper.find('[data-testid="case-withdrawn"]').text()).toBe('当事人认定错误')
  })

  it('downloads a document as the .docx the server generates, under its number', async () => {
    server.on('GET', '/api/v1/enforcement-cases/{id}/documents/{kind}', () =>
      new FakeResponse(200, new Blob(['docx']), {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('东溪经发罚决〔2026〕1号.docx')}`,
      }),
    )
    const wrapper = await render(paidCase())
    await wrapper.find('[data-testid="case-doc-PENALTY_DECISION"]').trigger('click')
    await flush()
    const calls = server.calls('GET', '/api/v1/enforcement-cases/{id}/documents/{kind}')
    expect(calls.map((c) => c.params)).toEqual([{ id: '7', kind: 'PENALTY_DECISION' }])
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1)
  })

  it('someone else took the step first (409): the page shows the case as it stands and says the step is gone', async () => {
    let current = enforcementCase({ allowedActions: ['ORDER', 'WITHDRAW'] })
    const wrapper = await render(() => current)
    server.on('POST', '/api/v1/enforcement-cases/{id}/order', () => {
      current = enforcementCase({ state: 'ORDERED', orderedOn: '2026-11-11', version: 3, allowedActions: ['REINSPECT', 'WITHDRAW'] })
      return problem(409, '案件当前所处环节不能进行此操作', { detail: '执法文书不能跳过或重复' })
    })
    await wrapper.find('[data-testid="case-step-ORDER"]').trigger('click')
    await flush()
    const content = $('case-form-content') as HTMLTextAreaElement
    content.value = '清除杂物'
    content.dispatchEvent(new Event('input'))
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-12-10')
    await flush()
    $('case-form-submit')!.click()
    await flush()
    await flush()
    await flush()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/order').map((c) => c.body)).toEqual([
      { version: 1, content: '清除杂物', deadline: '2026-12-10' },
    ])
    expect(server.calls('GET', '/api/v1/enforcement-cases/{id}')).toHaveLength(2)
    expect(wrapper.find('[data-testid="case-moved"]').exists()).toBe(true)
    expect(buttons(wrapper)).toEqual(['case-step-REINSPECT', 'case-step-WITHDRAW'])
    expect(wrapper.find('[data-testid="case-state"]').text()).toBe('已责令限期整改')
  })
})
