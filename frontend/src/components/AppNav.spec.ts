import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { flush, me, signedIn } from '@/test/helpers'
import AppNav from './AppNav.vue'

async function render(roles: string[], path = '/') {
  const { plugins } = signedIn(me({ roles }))
  const router = createAppRouter(createMemoryHistory())
  const wrapper = mount(AppNav, { global: { plugins: [...plugins, router] } })
  await router.push(path)
  await flush()
  return { wrapper, router }
}

describe('navigation', () => {
  it('shows a village officer the pages in Chinese', async () => {
    const { wrapper } = await render(['village-officer'])
    const labels = wrapper.findAll('[data-testid^="nav-"]').map((w) => w.text())
    expect(labels).toEqual(['首页', '隐患', '上报隐患', '我的台账', '检查记录', '我的'])
  })

  it('lets a village officer open the unit register by address, though it is not in the menu', async () => {
    const { router } = await render(['village-officer'], '/units')
    expect(router.currentRoute.value.name).toBe('units')
  })

  it('keeps the ledger board to the emergency office and the leaders', async () => {
    const officer = await render(['village-officer'], '/ledger-board')
    expect(officer.router.currentRoute.value.name).toBe('home')
    const leader = await render(['leader'], '/ledger-board')
    expect(leader.router.currentRoute.value.name).toBe('ledger-board')
    expect(leader.wrapper.find('[data-testid="nav-ledger-board"]').classes()).toContain('is-active')
  })

  it('highlights 隐患 on a hazard\'s own page', async () => {
    const { wrapper } = await render(['office-head'], '/hazards/12')
    expect(wrapper.find('[data-testid="nav-hazards"]').classes()).toContain('is-active')
  })

  it('keeps a login without a working role out of the unit register, even by address', async () => {
    const { wrapper, router } = await render([], '/units')
    expect(wrapper.find('[data-testid="nav-units"]').exists()).toBe(false)
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('opens a unit\'s ledger of a month by address for whoever keeps or reads ledgers, under the right menu entry', async () => {
    const officer = await render(['village-officer'], '/ledger/3/2026-10')
    expect(officer.router.currentRoute.value.name).toBe('ledger-unit')
    expect(officer.wrapper.find('[data-testid="nav-ledger"]').classes()).toContain('is-active')
    const admin = await render(['town-admin'], '/ledger/3/2026-10')
    expect(admin.wrapper.find('[data-testid="nav-ledger-board"]').classes()).toContain('is-active')
    const nobody = await render([], '/ledger/3/2026-10')
    expect(nobody.router.currentRoute.value.name).toBe('home')
  })
})
