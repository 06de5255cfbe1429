import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { closeout, unit } from '@/test/fixtures'
import { file, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CloseoutsView from './CloseoutsView.vue'

const server = useFakeApi()
/** The query of the last list request. */
const lastQuery = () => Object.fromEntries(server.calls('GET', '/api/v1/closeouts').at(-1)!.query)

let router: ReturnType<typeof createAppRouter>

async function render(path = '/closeouts') {
  server.on('GET', '/api/v1/closeouts', () => page([closeout()]))
  const { plugins } = signedIn(me({ roles: ['town-admin'] }))
  router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(CloseoutsView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

/** Clicks a column header as a person would, cycling ascending → descending → none. */
async function clickHeader(wrapper: Awaited<ReturnType<typeof render>>, label: string) {
  const header = wrapper.findAll('th').find((th) => th.text().trim() === label)!
  await header.trigger('click')
  await flush()
}

describe('the close-out ledger', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('names who closed the hazard out, not their login', async () => {
    const wrapper = await render()
    expect(wrapper.find('[data-testid="closeout-closed-by"]').text()).toBe('王立新')
    expect(wrapper.find('[data-testid="closeout-table"]').text()).not.toContain('admin')
    wrapper.unmount()
  })

  it('asks the server for the newest first, then sorts by the column the user clicks', async () => {
    const wrapper = await render()
    expect(lastQuery()).toEqual({ page: '1', size: '20' })

    for (const [label, prop] of [
      ['销号编号', 'closeoutNo'],
      ['单位', 'unitName'],
      ['发现日期', 'foundOn'],
      ['销号', 'closedAt'],
    ] as const) {
      await clickHeader(wrapper, label)
      expect(lastQuery()).toEqual({ page: '1', size: '20', sort: prop })
      await clickHeader(wrapper, label)
      expect(lastQuery()).toEqual({ page: '1', size: '20', sort: `-${prop}` })
    }
    await clickHeader(wrapper, '销号')
    expect(lastQuery()).toEqual({ page: '1', size: '20' })
    wrapper.unmount()
  })

  it('names the closing office of each entry, and who closes what', async () => {
    const wrapper = await render()
    expect(wrapper.find('[data-testid="closeout-closing-unit"]').text()).toBe('应急办')
    expect(wrapper.find('[data-testid="closeout-table"]').text()).toContain('销号单位')
    const intro = wrapper.find('.intro').text()
    expect(intro).toContain('办公室负责人为本办公室监管的隐患销号，镇应急办可以为任何隐患销号')
    expect(intro).toContain('选定销号单位，就是该单位自己的销号台账')
    wrapper.unmount()
  })

  it('filters by closing office, unit, sector, text and dates from the address, and exports with the same filters', async () => {
    server.on('GET', '/api/v1/closeouts/export', () => file('销号台账.xlsx'))
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const filters = { closingUnitId: '4', unitId: '8', sector: 'GAS', q: '仓库', from: '2026-11-01', to: '2026-11-30' }
    const wrapper = await render(`/closeouts?${new URLSearchParams(filters)}`)
    expect(lastQuery()).toEqual({ ...filters, page: '1', size: '20' })
    await wrapper.find('[data-testid="closeout-export"]').trigger('click')
    await flush()
    expect(server.calls('GET', '/api/v1/closeouts/export').map((r) => Object.fromEntries(r.query))).toEqual([filters])
    wrapper.unmount()
  })

  it('lists one office\'s own close-out ledger when its office is chosen, and keeps it in the address', async () => {
    server.on('GET', '/api/v1/units', () => page([unit({ id: 4, name: '经发办', kind: 'OFFICE' })]))
    const wrapper = await render()
    const closing = wrapper.findAllComponents({ name: 'ElSelect' })[0]!
    expect(closing.attributes('data-testid')).toBe('closeout-filter-closing-unit')
    closing.vm.$emit('update:modelValue', 4)
    await new Promise((resolve) => setTimeout(resolve, 350))
    await flush()
    expect(lastQuery()).toEqual({ closingUnitId: '4', page: '1', size: '20' })
    expect(router.currentRoute.value.query).toEqual({ closingUnitId: '4' })
    wrapper.unmount()
  })
})
