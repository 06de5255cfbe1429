import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { unit } from '@/test/fixtures'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import UnitsView from './UnitsView.vue'

const server = useFakeApi()

async function render(roles: string[]) {
  const { plugins } = signedIn(me({ roles }))
  const wrapper = mount(UnitsView, { global: { plugins }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

describe('units page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists the units with kind, code, sectors and status in words', async () => {
    server.on('GET', '/api/v1/units', () => page([unit()]))
    const wrapper = await render(['village-officer'])
    expect(server.calls('GET', '/api/v1/units')[0]!.query.toString()).toBe('page=1&size=20')
    const text = wrapper.find('[data-testid="unit-table"]').text()
    expect(text).toContain('白云寺村')
    expect(text).toContain('村')
    expect(text).toContain('110114001201')
    expect(text).toContain('消防安全')
    expect(text).toContain('在用')
    expect(wrapper.find('[data-testid="unit-pager"] .el-pagination').exists()).toBe(true)
  })

  it('a village officer sees the list read-only: no create button, no edit or history', async () => {
    server.on('GET', '/api/v1/units', () => page([unit()]))
    const wrapper = await render(['village-officer'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="unit-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="unit-history"]').exists()).toBe(false)
  })

  it('a leader cannot create units either', async () => {
    server.on('GET', '/api/v1/units', () => page([unit()]))
    const wrapper = await render(['leader'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(false)
  })

  it('says so when the list could not be loaded, and offers to try again', async () => {
    let calls = 0
    server.on('GET', '/api/v1/units', () => (++calls === 1 ? problem(502, 'Bad Gateway') : page([unit()])))
    const wrapper = await render(['village-officer'])
    const failed = wrapper.find('[data-testid="unit-load-failed"]')
    expect(failed.text()).toContain('没有读取到数据')
    await failed.find('button').trigger('click')
    await flush()
    expect(calls).toBe(2)
    expect(wrapper.find('[data-testid="unit-table"]').text()).toContain('白云寺村')
  })

  it('the town emergency office can create, edit and see a unit\'s history', async () => {
    server.on('GET', '/api/v1/units', () => page([unit()]))
    server.on('GET', '/api/v1/units/{id}/history', () =>
      page([{ id: 1, at: '2026-11-28T06:03:00Z', actor: 'admin', action: 'UPDATE' as const, changes: [
        { field: 'kind', from: 'OFFICE', to: 'VILLAGE' },
        { field: 'ledgersDueFrom', from: '2026-11', to: '2026-06' },
      ] }]),
    )
    const wrapper = await render(['town-admin'])
    expect(wrapper.find('[data-testid="unit-create"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="unit-edit"]').exists()).toBe(true)
    await wrapper.find('[data-testid="unit-history"]').trigger('click')
    await flush()
    await flush()
    expect(server.calls('GET', '/api/v1/units/{id}/history')[0]!.params.id).toBe('1')
    const drawer = document.body.querySelector('[data-testid="history-drawer"]')!.closest('.el-drawer')!
    expect(drawer.textContent).toContain('单位修改记录：白云寺村')
    expect(drawer.textContent).toContain('职能办公室')
    // the first month the unit owes its ledger, in words
    expect(drawer.textContent).toContain('台账起报月份')
    expect(drawer.textContent).toContain('2026年11月')
    expect(drawer.textContent).toContain('2026年6月')
  })

  it('shows the units as cards on a phone, with the same columns in words', async () => {
    phoneScreen()
    server.on('GET', '/api/v1/units', () => page([unit(), unit({ id: 2, name: '一居', kind: 'COMMUNITY', sectors: [] })]))
    const wrapper = await render(['town-admin'])
    expect(wrapper.find('[data-testid="unit-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-testid="unit-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[1]!.find('h3').text()).toBe('一居')
    expect(cards[1]!.text()).toContain('居（社区）')
    expect(cards[0]!.text()).toContain('消防安全')
    expect(cards[0]!.find('[data-testid="unit-edit"]').exists()).toBe(true)
  })
})
