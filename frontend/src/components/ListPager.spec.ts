import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { signedIn, me } from '@/test/helpers'
import ListPager from './ListPager.vue'

describe('ListPager', () => {
  it('shows the total and passes page and size changes on', async () => {
    const { plugins } = signedIn(me())
    const wrapper = mount(ListPager, { props: { page: 1, size: 20, total: 45 }, global: { plugins } })
    expect(wrapper.find('.el-pagination').exists()).toBe(true)
    expect(wrapper.text()).toContain('45')
    await wrapper.find('.btn-next').trigger('click')
    expect(wrapper.emitted('page')?.[0]).toEqual([2])
  })

})
