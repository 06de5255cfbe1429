import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { person, unit } from '@/test/fixtures'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import PeopleView from './PeopleView.vue'

const server = useFakeApi()
const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)

async function render(roles: string[]) {
  const { plugins } = signedIn(me({ roles }))
  const wrapper = mount(PeopleView, { global: { plugins }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

async function type(testid: string, value: string) {
  const input = $(testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

describe('people page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists people with unit, position, phone to call and login', async () => {
    server.on('GET', '/api/v1/people', () => page([person(), person({ id: 6, name: '孙丽', position: null, phone: null, login: null })]))
    const wrapper = await render(['village-officer'])
    const text = wrapper.find('[data-testid="person-table"]').text()
    expect(text).toContain('赵大山')
    expect(text).toContain('村安全员')
    expect(wrapper.find('a[href="tel:13800138000"]').exists()).toBe(true)
    // only the town sees other units' people: no unit filter for a village officer
    expect(wrapper.find('[data-testid="person-filter-unit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="person-create"]').exists()).toBe(false)
  })

  it('opens the form to add a person, and adds one (the dialog threw on its login hint before)', async () => {
    const errors = vi.spyOn(console, 'error')
    server.on('GET', '/api/v1/people', () => page([person()]))
    server.on('GET', '/api/v1/units', () => page([unit()]))
    server.on('POST', '/api/v1/people', ({ body }) => person({ ...body, id: 7, unitName: '白云寺村' }))
    const wrapper = await render(['town-admin'])
    await wrapper.find('[data-testid="person-create"]').trigger('click')
    await flush()
    expect($('person-form')).not.toBeNull()
    expect(document.body.textContent).toContain('新增人员')

    // the last unit picker is the form's (the first filters the list)
    wrapper.findAllComponents({ name: 'UnitSelect' }).at(-1)!.vm.$emit('update:modelValue', 1)
    await type('person-form-name', '李新')
    await type('person-form-login', 'li.xin@town')
    $('person-form-submit')!.click()
    await flush()
    await flush()
    expect(server.calls('POST', '/api/v1/people').map((r) => r.body)).toEqual([
      { unitId: 1, name: '李新', position: null, phone: null, login: 'li.xin@town', active: true },
    ])
    // the list is read again with the new person
    expect(server.calls('GET', '/api/v1/people')).toHaveLength(2)
    expect(errors).not.toHaveBeenCalled()
  })

  it('says what a login may contain when it is wrong, with the @ shown', async () => {
    server.on('GET', '/api/v1/people', () => page([person()]))
    const wrapper = await render(['town-admin'])
    await wrapper.find('[data-testid="person-edit"]').trigger('click')
    await flush()
    await type('person-form-login', '赵 大山')
    $('person-form-submit')!.click()
    await flush()
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect($('person-form')!.textContent).toContain('登录账号只能包含字母、数字和 . _ - @')
    expect(server.calls('PUT', '/api/v1/people/{id}')).toHaveLength(0)
  })

  it('shows people as cards on a phone', async () => {
    phoneScreen()
    server.on('GET', '/api/v1/people', () => page([person()]))
    const wrapper = await render(['leader'])
    const card = wrapper.find('[data-testid="person-card"]')
    expect(card.find('h3').text()).toBe('赵大山')
    expect(card.text()).toContain('所属单位')
    expect(card.text()).toContain('白云寺村')
    expect(wrapper.find('[data-testid="person-pager"]').exists()).toBe(true)
  })
})
