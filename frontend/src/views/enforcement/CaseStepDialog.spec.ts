import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { CaseAction, EnforcementCase } from '@/composables/useEnforcementCases'
import { enforcementCase, paidCase } from '@/test/enforcementFixtures'
import { settings } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CaseStepDialog from './CaseStepDialog.vue'

const server = useFakeApi()

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!
const formText = () => $('case-form').textContent ?? ''

let wrapper: VueWrapper

function render(subject: EnforcementCase, action: CaseAction, today = '2026-11-28') {
  const { plugins } = signedIn(me({ username: 'officehead', roles: ['office-head'] }), settings({ today }))
  wrapper = mount(CaseStepDialog, { props: { modelValue: true, enforcementCase: subject, action }, global: { plugins }, attachTo: document.body })
  return wrapper
}

async function type(testid: string, value: string) {
  const input = $(testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

async function fine(value: number | undefined) {
  wrapper.findComponent({ name: 'ElInputNumber' }).vm.$emit('update:modelValue', value)
  await nextTick()
}

async function send() {
  $('case-form-submit').click()
  await flush()
  await flush()
  // Element Plus shows a field's message 100 ms after it fails
  await new Promise((resolve) => setTimeout(resolve, 150))
}

const notified = () => paidCase({ state: 'PENALTY_NOTIFIED', penaltyDecidedOn: null, finePaidOn: null, fineReceiptNo: null, closedOn: null, fineAmount: 10600, version: 8 })

describe('the step dialogs of a case', () => {
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('an order needs what to rectify and a deadline after today', async () => {
    render(enforcementCase(), 'ORDER')
    await flush()
    await send()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/order')).toHaveLength(0)
    expect(formText()).toContain('请填写整改要求')
    expect(formText()).toContain('请选择整改期限')

    await type('case-form-content', '清除调压箱周边杂物')
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-11-28')
    await send()
    expect(formText()).toContain('整改期限须晚于今天')
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/order')).toHaveLength(0)
  })

  it('a decision starts from the notified fine, shows it in figures and capitals as it is typed, and sends the version read', async () => {
    server.on('POST', '/api/v1/enforcement-cases/{id}/decide-penalty', () => ({ ...notified(), state: 'PENALTY_DECIDED' as const, version: 9 }))
    render(notified(), 'DECIDE_PENALTY')
    await flush()
    expect($('case-form-fine-words').textContent).toContain('10,600.00元（1.06万元）')
    expect($('case-form-fine-words').textContent).toContain('大写：壹万零陆佰元整')

    await fine(10600.5)
    expect($('case-form-fine-words').textContent).toContain('壹万零陆佰元伍角')
    await send()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/decide-penalty').map((c) => c.body)).toEqual([
      { version: 8, penaltyBasis: '《城镇燃气管理条例》第四十九条', fineAmount: 10600.5, decidedOn: '2026-11-28' },
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('a fine of 0 is a warning; no fine at all is asked for', async () => {
    render(notified(), 'DECIDE_PENALTY')
    await flush()
    await fine(0)
    expect($('case-form-fine-words').textContent).toContain('零元整')
    expect($('case-form-fine-words').textContent).toContain('警告（不罚款）')
    await fine(undefined)
    await send()
    expect(formText()).toContain('请填写罚款金额')
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/decide-penalty')).toHaveLength(0)
  })

  it('a decision cannot be dated before the notice', async () => {
    render(notified(), 'DECIDE_PENALTY', '2026-11-28')
    await flush()
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-11-16')
    await send()
    expect(formText()).toContain('日期不能早于 2026年11月17日')
  })

  it('closing without penalty needs a legal ground, and words for another ground', async () => {
    server.on('POST', '/api/v1/enforcement-cases/{id}/close-without-penalty', () => enforcementCase({ state: 'NO_PENALTY' }))
    render(enforcementCase({ state: 'REINSPECTED', version: 4 }), 'CLOSE_WITHOUT_PENALTY')
    await flush()
    expect(formText()).toContain('初次违法且危害后果轻微并及时改正（《行政处罚法》第三十三条第一款）')
    await send()
    expect(formText()).toContain('请选择不予处罚的法定情形')

    $('case-form-reason-OTHER').click()
    await nextTick()
    await send()
    expect(formText()).toContain('须写明具体情形及依据')
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/close-without-penalty')).toHaveLength(0)

    $('case-form-reason-FIRST_MINOR_CORRECTED').click()
    await nextTick()
    await send()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/close-without-penalty').map((c) => c.body)).toEqual([
      { version: 4, reason: 'FIRST_MINOR_CORRECTED', note: null },
    ])
  })

  it('a withdrawal sends its reason, and the server\'s word on it shows under the field', async () => {
    server.on('POST', '/api/v1/enforcement-cases/{id}/withdraw', () =>
      problem(400, '请求有误', { errors: [{ field: 'withdraw.body.reason', message: '撤销案件须写明理由' }] }),
    )
    render(enforcementCase({ version: 2 }), 'WITHDRAW')
    await flush()
    await type('case-form-withdrawReason', '  主体认定错误 ')
    await send()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/withdraw').map((c) => c.body)).toEqual([{ version: 2, reason: '主体认定错误' }])
    expect(formText()).toContain('撤销案件须写明理由')
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('a re-inspection asks whether the order was carried out', async () => {
    server.on('POST', '/api/v1/enforcement-cases/{id}/reinspect', () => enforcementCase({ state: 'REINSPECTED' }))
    render(enforcementCase({ state: 'ORDERED', orderedOn: '2026-11-20', version: 3 }), 'REINSPECT')
    await flush()
    await type('case-form-finding', '杂物已清除')
    await send()
    expect(formText()).toContain('请选择是否按期整改')
    $('case-form-corrected-yes').click()
    await nextTick()
    await send()
    expect(server.calls('POST', '/api/v1/enforcement-cases/{id}/reinspect').map((c) => c.body)).toEqual([
      { version: 3, reinspectedOn: '2026-11-28', finding: '杂物已清除', corrected: true },
    ])
  })
})
