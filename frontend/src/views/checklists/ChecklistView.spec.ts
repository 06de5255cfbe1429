import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Checklist } from '@/composables/useChecklists'
import { createAppRouter } from '@/router'
import { unit } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import ChecklistView from './ChecklistView.vue'

const server = useFakeApi()

const checklist = (overrides: Partial<Checklist> = {}): Checklist => ({
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
  ...overrides,
})

async function render(roles: string[], own = unit({ id: 4, kind: 'OFFICE', name: '经发办', enforcementPowers: true, sectors: ['GAS'] }), subject = checklist()) {
  server.on('GET', '/api/v1/checklists/{id}', () => subject)
  server.on('GET', '/api/v1/units/{id}', () => own)
  const { plugins } = signedIn(me({ roles, unit: { id: own.id, name: own.name, kind: own.kind } }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/checklists/1')
  const wrapper = mount(ChecklistView, { props: { id: 1 }, global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

describe('a checklist\'s page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows its items in order with their legal basis, and marks those whose failure is a 违法行为', async () => {
    const wrapper = await render(['leader'])
    const items = wrapper.findAll('[data-testid="checklist-items"] > li')
    expect(items.map((li) => li.attributes('data-testid'))).toEqual(['checklist-item-1', 'checklist-item-2'])
    expect(items[0]!.text()).toContain('《城镇燃气管理条例》第十五条')
    expect(wrapper.find('[data-testid="checklist-item-1-violation"]').text()).toBe('违法行为')
    expect(wrapper.find('[data-testid="checklist-item-2-violation"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('编辑会生成新版本，已完成的检查不受影响')
  })

  it('shows an older version read only, as it was written', async () => {
    server.on('GET', '/api/v1/checklists/{id}/versions/{no}', ({ params }) =>
      checklist({ versionNo: Number(params.no), items: [{ no: 1, text: '旧的检查项', legalBasis: '旧依据', violation: false }] }),
    )
    const wrapper = await render(['town-admin'])
    const select = wrapper.findComponent({ name: 'ElSelect' })
    select.vm.$emit('update:modelValue', 1)
    select.vm.$emit('change', 1)
    await flush()
    await flush()
    expect(server.calls('GET', '/api/v1/checklists/{id}/versions/{no}')[0]!.params).toEqual({ id: '1', no: '1' })
    expect(wrapper.find('[data-testid="checklist-items"]').text()).toContain('旧的检查项')
    expect(wrapper.find('[data-testid="checklist-older-note"]').text()).toContain('第 1 版，只能查看')
  })

  it('offers edit and deactivate to the office that keeps it, in a sector it holds powers over', async () => {
    const wrapper = await render(['office-head'])
    expect(wrapper.find('[data-testid="checklist-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="checklist-deactivate"]').exists()).toBe(true)
  })

  it('but not to another office, an office without powers over the sector, or a leader', async () => {
    const other = await render(['office-head'], unit({ id: 7, kind: 'OFFICE', enforcementPowers: true, sectors: ['GAS'] }))
    expect(other.find('[data-testid="checklist-edit"]').exists()).toBe(false)
    document.body.innerHTML = ''
    const noPowers = await render(['office-head'], unit({ id: 4, kind: 'OFFICE', enforcementPowers: true, sectors: ['FIRE'] }))
    expect(noPowers.find('[data-testid="checklist-edit"]').exists()).toBe(false)
    document.body.innerHTML = ''
    const leader = await render(['leader'])
    expect(leader.find('[data-testid="checklist-edit"]').exists()).toBe(false)
    expect(leader.text()).toContain('这份检查表由经发办维护，您可以查看')
  })

  it('deactivates with the version read; when someone else changed it first, shows it as it is now', async () => {
    server.on('POST', '/api/v1/checklists/{id}/deactivate', () => problem(409, '保存冲突', { detail: '已被他人修改，请刷新' }))
    const wrapper = await render(['town-admin'])
    server.on('GET', '/api/v1/checklists/{id}', () => checklist({ active: false, version: 4 }))
    await wrapper.find('[data-testid="checklist-deactivate"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLButtonElement>('.el-message-box .el-button--primary')!.click()
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flush()
    expect(server.calls('POST', '/api/v1/checklists/{id}/deactivate')[0]!.body).toEqual({ version: 3 })
    expect(wrapper.find('[data-testid="checklist-active"]').text()).toBe('停用')
    expect(wrapper.find('[data-testid="checklist-activate"]').exists()).toBe(true)
  })
})
