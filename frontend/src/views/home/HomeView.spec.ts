import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { UnitKind } from '@/api/types'
import { createAppRouter } from '@/router'
import { settings } from '@/test/fixtures'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HomeView from './HomeView.vue'

const server = useFakeApi()

async function render(roles: string[], unit: { id: number; name: string; kind: UnitKind } = { id: 3, name: '白云寺村', kind: 'VILLAGE' }, position = '村安全员') {
  server.on('GET', '/api/v1/hazards', ({ query }) => page([], query.get('overdue') ? 4 : 2))
  const { plugins } = signedIn(me({ roles, unit, person: { id: 7, name: '赵大山', position } }), settings({ ledgerDueDay: 5 }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(HomeView, { global: { plugins: [...plugins, router] } })
  await flush()
  await flush()
  return { wrapper, router }
}

const buttons = (wrapper: Awaited<ReturnType<typeof render>>['wrapper']) => wrapper.findAll('[data-testid="home-hints"] button').map((b) => b.text())

describe('the home page speaks to the role', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('tells a village officer to report what they find and to file the ledger by the due day, in plain words', async () => {
    const { wrapper } = await render(['village-officer'])
    const text = wrapper.text()
    expect(text).toContain('白云寺村 · 东溪镇 · 村安全员')
    expect(text).toContain('用手机拍照')
    expect(text).toContain('每月 5 日前报送上个月的隐患台账')
    expect(text).toContain('零报告')
    expect(buttons(wrapper)).toEqual(['上报隐患', '本村（居）隐患', '报送台账'])
    // no directory links, no stock phrases
    expect(text).not.toContain('查看单位')
    expect(text).not.toContain('查看人员')
    expect(text).not.toContain('您可以在这里')
    // a village officer follows the village's own hazards, no town-wide counts
    expect(wrapper.find('[data-testid="home-counts"]').exists()).toBe(false)
    expect(server.calls('GET', '/api/v1/hazards')).toHaveLength(0)
  })

  it('takes the officer straight to reporting', async () => {
    const { wrapper, router } = await render(['village-officer'])
    await wrapper.find('[data-testid="home-report"]').trigger('click')
    // the route loads the report page's code first
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('hazard-new'), { timeout: 10_000 })
  })

  it('gives an office head the hazards to register and to chase, with counts', async () => {
    const { wrapper } = await render(['office-head'], { id: 5, name: '经发办', kind: 'OFFICE' }, '经发办主任')
    expect(wrapper.text()).toContain('落实责任单位和责任人')
    expect(buttons(wrapper)).toEqual(['待登记的隐患', '整改中的隐患', '上报隐患', '报送台账'])
    expect(wrapper.find('[data-testid="home-count-overdue"]').text()).toContain('4')
    expect(wrapper.find('[data-testid="home-count-open"]').text()).toContain('2')
  })

  it('gives the emergency office close-out, the district report, the ledgers and the directory', async () => {
    const { wrapper } = await render(['town-admin'], { id: 1, name: '应急办', kind: 'OFFICE' }, '应急办主任')
    expect(buttons(wrapper)).toEqual(['待销号的隐患', '待上报的重大隐患', '台账报送看板', '单位管理', '人员和账号'])
    expect(wrapper.find('[data-testid="home-count-awaitsDistrict"]').exists()).toBe(true)
  })

  it('shows a leader what to read', async () => {
    const { wrapper } = await render(['leader'], { id: 2, name: '党政办公室', kind: 'OFFICE' }, '副镇长')
    expect(buttons(wrapper)).toEqual(['全镇隐患', '台账报送看板', '销号台账'])
    expect(wrapper.text()).not.toContain('上报隐患')
  })
})
