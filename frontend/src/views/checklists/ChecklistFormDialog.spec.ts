import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Checklist } from '@/composables/useChecklists'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { unit } from '@/test/fixtures'
import { flush, me, signedIn } from '@/test/helpers'
import ChecklistFormDialog from './ChecklistFormDialog.vue'

const server = useFakeApi()

const existing = (): Checklist => ({
  id: 1,
  sectorCode: 'GAS',
  title: '燃气安全检查表',
  ownerUnitId: 4,
  ownerUnitName: '经发办',
  active: true,
  version: 3,
  currentVersionNo: 2,
  versionNo: 2,
  items: [
    { no: 1, text: '是否取得燃气经营许可证', legalBasis: '《城镇燃气管理条例》第十五条', violation: true },
    { no: 2, text: '钢瓶是否定期检验', legalBasis: '《特种设备安全法》第四十条', violation: false },
  ],
})

function render(record: Checklist | null, roles = ['town-admin']) {
  server.on('GET', '/api/v1/units', () => page([unit({ id: 4, kind: 'OFFICE', name: '经发办', enforcementPowers: true, sectors: ['GAS'] })]))
  server.on('GET', '/api/v1/units/{id}', () => unit({ id: 4, kind: 'OFFICE', name: '经发办', enforcementPowers: true, sectors: ['GAS'] }))
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  return mount(ChecklistFormDialog, { props: { modelValue: true, checklist: record }, global: { plugins }, attachTo: document.body })
}

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!
async function type(testid: string, value: string) {
  const el = $(testid)
  const input = (el.matches('input, textarea') ? el : el.querySelector('input, textarea')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}
async function submit() {
  $('checklist-form-submit').click()
  await flush()
  await flush()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

describe('the checklist editor', () => {
  let wrapper: VueWrapper
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('writes a new checklist with its items in the order arranged, each with its legal basis and violation mark', async () => {
    server.on('POST', '/api/v1/checklists', ({ body }) => ({ ...existing(), id: 9, version: 0, currentVersionNo: 1, versionNo: 1, title: body.title }))
    wrapper = render(null)
    await flush()
    await type('checklist-form-title', ' 液化石油气检查表 ')
    wrapper.findAllComponents({ name: 'ElSelect' })[0]!.vm.$emit('update:modelValue', 'GAS')
    await type('checklist-item-1-text', '是否有报警装置')
    await type('checklist-item-1-basis', '《城镇燃气管理条例》第二十八条')
    $('checklist-item-add').click()
    await nextTick()
    await type('checklist-item-2-text', '是否取得经营许可')
    await type('checklist-item-2-basis', '《城镇燃气管理条例》第十五条')
    wrapper.findAllComponents({ name: 'ElSwitch' })[1]!.vm.$emit('update:modelValue', true)
    await nextTick()
    $('checklist-item-2-up').click()
    await nextTick()
    await submit()
    expect(server.calls('POST', '/api/v1/checklists').map((c) => c.body)).toEqual([
      {
        title: '液化石油气检查表',
        sectorCode: 'GAS',
        ownerUnitId: null,
        items: [
          { text: '是否取得经营许可', legalBasis: '《城镇燃气管理条例》第十五条', violation: true },
          { text: '是否有报警装置', legalBasis: '《城镇燃气管理条例》第二十八条', violation: false },
        ],
      },
    ])
    expect(wrapper.emitted('saved')?.[0]?.[1]).toBe(true)
  })

  it('refuses an item without its legal basis before asking the server, naming the item', async () => {
    wrapper = render(existing())
    await flush()
    await type('checklist-item-2-basis', '  ')
    await submit()
    expect(server.calls('PUT', '/api/v1/checklists/{id}')).toHaveLength(0)
    expect($('checklist-form').textContent).toContain('第 2 项：请填写法律依据')
  })

  it('saves the next version with the version read; when someone saved first, says so and offers to reload', async () => {
    server.on('PUT', '/api/v1/checklists/{id}', () => problem(409, '保存冲突', { detail: '已被他人修改，请刷新' }))
    wrapper = render(existing(), ['office-head'])
    await flush()
    expect($('checklist-form').textContent).toContain('编辑会生成新版本，已完成的检查不受影响')
    $('checklist-item-1-remove').click()
    await nextTick()
    await submit()
    const sent = server.calls('PUT', '/api/v1/checklists/{id}')[0]!
    expect(sent.params).toEqual({ id: '1' })
    expect(sent.body).toMatchObject({ version: 3, ownerUnitId: 4, items: [{ text: '钢瓶是否定期检验' }] })
    expect($('checklist-form-conflict').textContent).toContain('已被他人修改，请刷新')
    expect($('checklist-form-reload')).toBeTruthy()
  })
})
