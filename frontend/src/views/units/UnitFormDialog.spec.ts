import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api/problem'
import type { Unit } from '@/api/types'
import { flush, me, signedIn } from '@/test/helpers'
import UnitFormDialog from './UnitFormDialog.vue'

const create = vi.fn()
const update = vi.fn()
const get = vi.fn()
vi.mock('@/composables/useUnits', () => ({
  useUnits: () => ({ list: vi.fn(), get, create, update, history: vi.fn() }),
}))
vi.mock('@/composables/useSectors', () => ({
  useSectors: () => ({ sectors: ref([{ code: 'FIRE', name: '消防安全' }]), sectorName: (c: string) => c }),
}))

const saved: Unit = {
  id: 9,
  townId: 1,
  kind: 'VILLAGE',
  code: '110114001201',
  name: '新村',
  enforcementPowers: false,
  sectors: [],
  active: true,
  version: 0,
  createdAt: '2026-11-28T06:03:00Z',
  updatedAt: '2026-11-28T06:03:00Z',
  ledgersDueFrom: '2026-11',
}

function render(unit: Unit | null = null) {
  const { plugins } = signedIn(me({ roles: ['town-admin'] }))
  return mount(UnitFormDialog, {
    props: { modelValue: true, unit },
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
  // Element Plus shows a field's message 100 ms after it fails
  await new Promise((resolve) => setTimeout(resolve, 150))
}

function formText() {
  return $('unit-form').textContent ?? ''
}

describe('unit form', () => {
  let wrapper: VueWrapper
  beforeEach(() => {
    create.mockReset()
    update.mockReset()
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
    expect(create).not.toHaveBeenCalled()
    expect(formText()).toContain('统计用区划代码应为12位数字')
  })

  it('refuses an enterprise whose credit code has a wrong check character', async () => {
    wrapper = render()
    await flush()
    await chooseKind(wrapper, 'ENTERPRISE')
    await type('unit-form-name', '供销社')
    await type('unit-form-code', '911100006000373410')
    await submit()
    expect(create).not.toHaveBeenCalled()
    expect(formText()).toContain('校验码不正确')
  })

  it('creates an office without a code and sends null for it', async () => {
    create.mockResolvedValue({ ...saved, kind: 'OFFICE', code: null, name: '平安办' })
    wrapper = render()
    await flush()
    await type('unit-form-name', ' 平安办 ')
    await submit()
    expect(create).toHaveBeenCalledWith({
      kind: 'OFFICE',
      code: null,
      name: '平安办',
      enforcementPowers: false,
      sectors: [],
      active: true,
    })
    expect(wrapper.emitted('saved')?.[0]).toEqual([expect.objectContaining({ name: '平安办' }), true])
  })

  it('shows the server\'s field messages under the fields', async () => {
    create.mockRejectedValue(
      new ApiError(400, {
        status: 400,
        title: '提交的内容有误',
        errors: [{ field: 'code', message: '该代码已被白云寺村使用' }],
      }),
    )
    wrapper = render()
    await flush()
    await chooseKind(wrapper, 'VILLAGE')
    await type('unit-form-name', '新村')
    await type('unit-form-code', '110114001201')
    await submit()
    expect(create).toHaveBeenCalledOnce()
    expect(formText()).toContain('该代码已被白云寺村使用')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('offers to reload when someone else saved first, and sends the version it edited', async () => {
    const unit = { ...saved, version: 4 }
    update.mockRejectedValue(
      new ApiError(409, { status: 409, title: '保存冲突', detail: '该记录已被他人修改，请刷新后重试' }),
    )
    get.mockResolvedValue({ ...unit, name: '他人改过的名字', version: 5 })
    wrapper = render(unit)
    await flush()
    await submit()
    expect(update).toHaveBeenCalledWith(9, expect.objectContaining({ version: 4, code: '110114001201' }))
    expect($('unit-form-conflict').textContent).toContain('该记录已被他人修改，请刷新后重试')

    $('unit-form-reload').click()
    await flush()
    expect(($('unit-form-name') as HTMLInputElement).value).toBe('他人改过的名字')
    update.mockResolvedValue({ ...unit, version: 6 })
    await submit()
    expect(update).toHaveBeenLastCalledWith(9, expect.objectContaining({ version: 5 }))
  })
})
