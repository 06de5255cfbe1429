import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Unit, UnitUpdate } from '@/api/types'
import { unit } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import UnitFormDialog from './UnitFormDialog.vue'

const server = useFakeApi()

const saved = unit({ id: 9, name: '新村', sectors: [], version: 0 })
/** What the server answers to a save: the record with the sent fields (the first owed month kept when not sent). */
const savedAs = (base: Unit, body: UnitUpdate): Unit => ({ ...base, ...body, ledgersDueFrom: body.ledgersDueFrom ?? base.ledgersDueFrom })

function render(record: Unit | null = null) {
  const { plugins } = signedIn(me({ roles: ['town-admin'] }))
  return mount(UnitFormDialog, {
    props: { modelValue: true, unit: record },
    global: { plugins },
    attachTo: document.body,
  })
}

// el-dialog teleports to <body>
const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!

async function type(testid: string, value: string) {
  const input = $(testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

async function chooseKind(wrapper: VueWrapper, kind: string) {
  const select = wrapper.findComponent({ name: 'ElSelect' })
  select.vm.$emit('update:modelValue', kind)
  await nextTick()
}

async function submit() {
  $('unit-form-submit').click()
  await flush()
  await flush()
  // Element Plus shows a field's message 100 ms after it fails
  await new Promise((resolve) => setTimeout(resolve, 150))
}

const formText = () => $('unit-form').textContent ?? ''

describe('unit form', () => {
  let wrapper: VueWrapper
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('refuses a village without a 12-digit division code before asking the server', async () => {
    wrapper = render()
    await flush()
    await chooseKind(wrapper, 'VILLAGE')
    await type('unit-form-name', '新村')
    await type('unit-form-code', '12345')
    await submit()
    expect(server.calls('POST', '/api/v1/units')).toHaveLength(0)
    expect(formText()).toContain('统计用区划代码应为12位数字')
  })

  it('refuses an enterprise whose credit code has a wrong check character', async () => {
    wrapper = render()
    await flush()
    await chooseKind(wrapper, 'ENTERPRISE')
    await type('unit-form-name', '供销社')
    await type('unit-form-code', '911100006000373410')
    await submit()
    expect(server.calls('POST', '/api/v1/units')).toHaveLength(0)
    expect(formText()).toContain('校验码不正确')
  })

  it('creates an office without a code and sends null for it', async () => {
    server.on('POST', '/api/v1/units', ({ body }) => ({ ...savedAs(saved, body), code: null }))
    wrapper = render()
    await flush()
    await type('unit-form-name', ' 平安办 ')
    await submit()
    expect(server.calls('POST', '/api/v1/units').map((r) => r.body)).toEqual([
      // a new unit owes its ledger from the town's current month unless told otherwise
      { kind: 'OFFICE', code: null, name: '平安办', enforcementPowers: false, sectors: [], active: true, ledgersDueFrom: '2026-11', documentPrefix: '' },
    ])
    expect(wrapper.emitted('saved')?.[0]).toEqual([expect.objectContaining({ name: '平安办' }), true])
  })

  it('shows the first month a unit owes its ledger, with what it means, and sends the month chosen', async () => {
    server.on('PUT', '/api/v1/units/{id}', ({ body }) => savedAs(unit({ id: 9, version: 4 }), body))
    wrapper = render(unit({ id: 9, version: 4, ledgersDueFrom: '2026-03' }))
    await flush()
    const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
    expect(picker.props('modelValue')).toBe('2026-03')
    expect(formText()).toContain('台账起报月份')
    expect(formText()).toContain('之前的月份不用报送，也不算未报送')
    picker.vm.$emit('update:modelValue', '2026-06')
    await flush()
    await submit()
    expect(server.calls('PUT', '/api/v1/units/{id}')[0]!.body).toMatchObject({ version: 4, ledgersDueFrom: '2026-06' })
  })

  it('will not take a first ledger month later than the town\'s current month', async () => {
    wrapper = render(unit({ id: 9, version: 4, ledgersDueFrom: '2026-03' }))
    await flush()
    const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
    const disabled = picker.props('disabledDate') as (d: Date) => boolean
    expect(disabled(new Date(2026, 10, 1))).toBe(false)
    expect(disabled(new Date(2026, 11, 1))).toBe(true)
    picker.vm.$emit('update:modelValue', '2026-12')
    await flush()
    await submit()
    expect(server.calls('PUT', '/api/v1/units/{id}')).toHaveLength(0)
    expect(formText()).toContain('起报月份不能晚于本月')
  })

  it('takes the 文书字号前缀, says what it is for and what an empty one gives, and sends it trimmed', async () => {
    server.on('PUT', '/api/v1/units/{id}', ({ body }) => savedAs(unit({ id: 4, version: 2 }), body))
    wrapper = render(unit({ id: 4, version: 2, name: '经发办', kind: 'OFFICE', code: null, documentPrefix: null }))
    await flush()
    const prefix = $('unit-form-document-prefix').querySelector('input') ?? ($('unit-form-document-prefix') as HTMLInputElement)
    // empty: the default made from the town's and the unit's names, shown before anything is typed
    expect(prefix.getAttribute('placeholder')).toBe('东溪经发')
    expect($('unit-form-document-prefix-hint').textContent).toContain('东溪经发责改〔2026〕3号')
    expect($('unit-form-document-prefix-hint').textContent).toContain('不填则用默认前缀“东溪经发”')
    await type('unit-form-document-prefix', ' 东经 ')
    expect($('unit-form-document-prefix-hint').textContent).toContain('东经责改〔2026〕3号')
    await submit()
    expect(server.calls('PUT', '/api/v1/units/{id}')[0]!.body).toMatchObject({ version: 2, documentPrefix: '东经' })
  })

  it('sends an emptied prefix as empty, so that the unit goes back to the default', async () => {
    server.on('PUT', '/api/v1/units/{id}', ({ body }) => savedAs(unit({ id: 4, version: 2 }), body))
    wrapper = render(unit({ id: 4, version: 2, name: '经发办', kind: 'OFFICE', code: null, documentPrefix: '东溪经济' }))
    await flush()
    expect((($('unit-form-document-prefix').querySelector('input') ?? $('unit-form-document-prefix')) as HTMLInputElement).value).toBe('东溪经济')
    await type('unit-form-document-prefix', '')
    await submit()
    expect(server.calls('PUT', '/api/v1/units/{id}')[0]!.body).toMatchObject({ documentPrefix: '' })
  })

  it('shows the server\'s field messages under the fields', async () => {
    server.on('POST', '/api/v1/units', () =>
      problem(400, '提交的内容有误', { errors: [{ field: 'code', message: '该代码已被白云寺村使用' }] }),
    )
    wrapper = render()
    await flush()
    await chooseKind(wrapper, 'VILLAGE')
    await type('unit-form-name', '新村')
    await type('unit-form-code', '110114001201')
    await submit()
    expect(server.calls('POST', '/api/v1/units')).toHaveLength(1)
    expect(formText()).toContain('该代码已被白云寺村使用')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  describe('when someone else saved first', () => {
    const mine = unit({ id: 9, version: 4 })
    const theirs = { ...mine, name: '他人改过的名字', version: 5 }
    const conflict = () => problem(409, '保存冲突', { detail: '该记录已被他人修改，请刷新后重试' })

    it('offers their version, and sends the version it edited', async () => {
      server.on('PUT', '/api/v1/units/{id}', ({ body }) => (body.version === 4 ? conflict() : { ...savedAs(theirs, body), version: 6 }))
      server.on('GET', '/api/v1/units/{id}', () => theirs)
      wrapper = render(mine)
      await flush()
      await submit()
      expect(server.calls('PUT', '/api/v1/units/{id}')[0]).toMatchObject({ params: { id: '9' }, body: { version: 4, code: '110114001201' } })
      expect($('unit-form-conflict').textContent).toContain('该记录已被他人修改，请刷新后重试')

      $('unit-form-reload').click()
      await flush()
      await flush()
      expect(($('unit-form-name') as HTMLInputElement).value).toBe('他人改过的名字')
      await submit()
      expect(server.calls('PUT', '/api/v1/units/{id}')[1]!.body).toMatchObject({ version: 5, name: '他人改过的名字' })
      expect(wrapper.emitted('saved')).toHaveLength(1)
    })

    it('or keeps the user\'s edits, saved over the latest version', async () => {
      server.on('PUT', '/api/v1/units/{id}', ({ body }) => (body.version === 4 ? conflict() : { ...savedAs(theirs, body), version: 6 }))
      server.on('GET', '/api/v1/units/{id}', () => theirs)
      wrapper = render(mine)
      await flush()
      await type('unit-form-name', '我的名字')
      await submit()
      $('unit-form-keep').click()
      await flush()
      await flush()
      expect(($('unit-form-name') as HTMLInputElement).value).toBe('我的名字')
      expect($('unit-form-kept').textContent).toContain('已保留您的修改')
      await submit()
      expect(server.calls('PUT', '/api/v1/units/{id}')[1]!.body).toMatchObject({ version: 5, name: '我的名字' })
      expect(wrapper.emitted('saved')?.[0]).toEqual([expect.objectContaining({ name: '我的名字', version: 6 }), false])
    })
  })
})
