import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Hazard } from '@/api/types'
import { hazard, settings, unit } from '@/test/fixtures'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HazardStepDialog from './HazardStepDialog.vue'
import type { StepAction } from './hazardFlow'

const server = useFakeApi()
const sent = (path: Parameters<typeof server.calls>[1]) => server.calls('POST', path).map((r) => r.body as unknown)

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!
const formText = () => $('step-form').textContent ?? ''

async function type(testid: string, value: string) {
  // el-input puts the attribute on the native field itself
  const input = $(testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

async function send() {
  $('step-submit').click()
  await flush()
  await flush()
  // Element Plus shows a field's message 100 ms after it fails
  await new Promise((resolve) => setTimeout(resolve, 150))
}

let wrapper: VueWrapper

/** The responsible unit's picker (registration's only select besides none). */
const unitSelect = () => wrapper.findComponent({ name: 'ElSelect' })
async function chooseResponsibleUnit(id: number) {
  unitSelect().vm.$emit('update:modelValue', id)
  await nextTick()
}

function render(subject: Hazard, action: StepAction, today = '2026-11-28') {
  const { plugins } = signedIn(me({ username: 'officehead', roles: ['office-head'] }), settings({ today }))
  return mount(HazardStepDialog, { props: { modelValue: true, hazard: subject, action }, global: { plugins }, attachTo: document.body })
}

// Registration fields already filled in, as when a step is retried.
const filled = {
  responsiblePerson: '张村长',
  measures: '钢瓶移出仓库，单独存放',
  funds: 300,
  registrationDeadline: '2099-01-31',
  contingencyPlan: '设置警示标志，配备灭火器',
}

describe('step dialogs', () => {
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('does not register a hazard until the five things are settled', async () => {
    wrapper = render(hazard(), 'REGISTER')
    await flush()
    await send()
    expect(sent('/api/v1/hazards/{id}/register')).toHaveLength(0)
    const text = formText()
    expect(text).toContain('请填写责任人')
    expect(text).toContain('请填写整改措施')
    expect(text).toContain('请选择整改期限')
    expect(text).toContain('请填写应急预案和防范措施')
  })

  it('does not choose the responsible unit for the person: the hazard\'s unit and the offices supervising its sector come first', async () => {
    server.on('GET', '/api/v1/units', ({ query }) =>
      query.get('sector') === 'GAS'
        ? page([unit({ id: 4, name: '经发办', kind: 'OFFICE', sectors: ['GAS'] })])
        : page([unit({ id: 1, name: '应急办', kind: 'OFFICE' }), unit({ id: 4, name: '经发办', kind: 'OFFICE' }), unit({ id: 10, name: '红岩村' })]),
    )
    wrapper = render(hazard(filled), 'REGISTER')
    await flush()
    await flush()
    expect(unitSelect().props('modelValue')).toBeUndefined()
    expect(server.calls('GET', '/api/v1/units').map((r) => Object.fromEntries(r.query))).toContainEqual({ sector: 'GAS', active: 'true', size: '20', sort: 'name' })
    const groups = Array.from(document.body.querySelectorAll('.el-select-group__wrap')).map((group) => ({
      title: group.querySelector('.el-select-group__title')!.textContent!.trim(),
      units: Array.from(group.querySelectorAll('.el-select-dropdown__item')).map((item) => item.textContent!.trim()),
    }))
    expect(groups).toEqual([
      { title: '建议', units: ['白云寺村', '经发办'] },
      { title: '其他单位', units: ['应急办', '红岩村'] },
    ])
    expect(formText()).toContain('隐患所在单位和监管该行业领域的办公室排在前面')

    await send()
    expect(sent('/api/v1/hazards/{id}/register')).toHaveLength(0)
    expect(formText()).toContain('请选择责任单位')
  })

  it('asks a major hazard for its treatment plan, and sends the version it read', async () => {
    const major = hazard(filled, { grade: 'MAJOR', version: 5 })
    server.on('POST', '/api/v1/hazards/{id}/register', () => ({ ...major, summary: { ...major.summary, state: 'REGISTERED' as const, version: 6 } }))
    wrapper = render(major, 'REGISTER')
    await flush()
    await send()
    expect(sent('/api/v1/hazards/{id}/register')).toHaveLength(0)
    expect(formText()).toContain('重大隐患须填写治理方案')

    await type('step-treatment', '停用仓库，钢瓶全部移出')
    await chooseResponsibleUnit(8)
    await send()
    expect(server.calls('POST', '/api/v1/hazards/{id}/register')[0]!.params.id).toBe('42')
    expect(sent('/api/v1/hazards/{id}/register')).toEqual([
      expect.objectContaining({
        version: 5,
        grade: 'MAJOR',
        responsibleUnitId: 8,
        responsiblePerson: '张村长',
        funds: 300,
        deadline: '2099-01-31',
        treatmentPlan: '停用仓库，钢瓶全部移出',
      }),
    ])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('will not pass a verification without a photo, nor fail one without a reason', async () => {
    const rectified = hazard({ completedOn: '2026-11-25', rectifiedBy: 'officehead' }, { state: 'RECTIFYING' })
    server.on('POST', '/api/v1/hazards/{id}/verify', () => rectified)
    wrapper = render(rectified, 'VERIFY')
    await flush()
    await send()
    expect(sent('/api/v1/hazards/{id}/verify')).toHaveLength(0)
    expect(formText()).toContain('验收通过须上传至少一张照片')

    wrapper.findComponent({ name: 'ElRadioGroup' }).vm.$emit('update:modelValue', false)
    await flush()
    await send()
    expect(sent('/api/v1/hazards/{id}/verify')).toHaveLength(0)
    expect(formText()).toContain('请写明不通过的原因')
    expect(formText()).not.toContain('验收通过须上传至少一张照片')

    await type('step-note', '灭火器仍未配备')
    await send()
    expect(sent('/api/v1/hazards/{id}/verify')).toEqual([expect.objectContaining({ version: 3, passed: false, note: '灭火器仍未配备', attachmentIds: [] })])
  })

  it('when someone else moved the hazard on first, says so and asks the page to reload', async () => {
    server.on('POST', '/api/v1/hazards/{id}/order', () => problem(409, '记录已被修改', { detail: '该记录已被他人修改，请刷新后重试' }))
    wrapper = render(hazard(filled, { state: 'REGISTERED' }), 'ORDER')
    await flush()
    await type('step-order-content', '限期移出钢瓶')
    await send()
    expect(sent('/api/v1/hazards/{id}/order')).toEqual([expect.objectContaining({ version: 3, content: '限期移出钢瓶', deadline: '2099-01-31' })])
    expect($('step-conflict').textContent).toContain('该记录已被他人修改')
    expect(wrapper.emitted('conflict')).toHaveLength(1)
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('holds the deadline to the town\'s today, not the browser\'s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-28T19:44:00Z')) // the 28th in UTC, the 29th in the town
    try {
      wrapper = render(hazard({ ...filled, registrationDeadline: '2026-11-28' }), 'REGISTER', '2026-11-29')
      await flush()
      await send()
      expect(sent('/api/v1/hazards/{id}/register')).toHaveLength(0)
      expect(formText()).toContain('整改期限不能早于今天')
      const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
      const disabled = picker.props('disabledDate') as (d: Date) => boolean
      expect(disabled(new Date(2026, 10, 28))).toBe(true)
      expect(disabled(new Date(2026, 10, 29))).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('dates the completion today in the town, and refuses a later day', async () => {
    const rectifying = hazard(filled, { state: 'RECTIFYING' })
    server.on('POST', '/api/v1/hazards/{id}/complete', () => rectifying)
    wrapper = render(rectifying, 'COMPLETE', '2026-11-29')
    await flush()
    const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
    expect(picker.props('modelValue')).toBe('2026-11-29')
    const disabled = picker.props('disabledDate') as (d: Date) => boolean
    expect(disabled(new Date(2026, 10, 29))).toBe(false)
    expect(disabled(new Date(2026, 10, 30))).toBe(true)
    await send()
    expect(sent('/api/v1/hazards/{id}/complete')).toEqual([expect.objectContaining({ completedOn: '2026-11-29' })])
  })
})
