import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { closeout } from '@/test/fixtures'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CloseoutsView from './CloseoutsView.vue'

const server = useFakeApi()
/** The query of the last list request. */
const lastQuery = () => Object.fromEntries(server.calls('GET', '/api/v1/closeouts').at(-1)!.query)

async function render() {
  server.on('GET', '/api/v1/closeouts', () => page([closeout()]))
  const { plugins } = signedIn(me({ roles: ['town-admin'] }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/closeouts')
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
})
