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
    expect(labels).toEqual(['首页', '单位管理', '人员', '我的'])
  })

  it('keeps a login without a working role out of the unit register, even by address', async () => {
    const { wrapper, router } = await render([], '/units')
    expect(wrapper.find('[data-testid="nav-units"]').exists()).toBe(false)
    expect(router.currentRoute.value.name).toBe('home')
  })
})
