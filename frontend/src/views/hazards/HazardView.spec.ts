import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Hazard } from '@/api/types'
import { createAppRouter } from '@/router'
import { hazard } from '@/test/fixtures'
import { FakeResponse, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HazardView from './HazardView.vue'

const server = useFakeApi()

async function render(subject: Hazard) {
  server.on('GET', '/api/v1/hazards/{id}', () => subject)
  server.on('GET', '/api/v1/attachments/{id}/thumbnail', () => new FakeResponse(200, new Blob(['jpeg'], { type: 'image/jpeg' }), { 'Content-Type': 'image/jpeg' }))
  const { plugins } = signedIn(me({ roles: ['office-head'] }))
  const router = createAppRouter(createMemoryHistory())
  await router.push(`/hazards/${subject.summary.id}`)
  const wrapper = mount(HazardView, { props: { id: subject.summary.id }, global: { plugins: [...plugins, router] } })
  await flush()
  await flush()
  return wrapper
}

const buttons = (wrapper: Awaited<ReturnType<typeof render>>) =>
  wrapper.findAll('[data-testid^="action-"]').map((b) => b.attributes('data-testid'))

describe('a hazard\'s page', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:thumb')
    URL.revokeObjectURL = vi.fn()
  })

  it('offers exactly the steps the server allows, whatever the state suggests', async () => {
    const wrapper = await render(hazard({ allowedActions: ['REGISTER'] }))
    expect(buttons(wrapper)).toEqual(['action-REGISTER'])
    expect(wrapper.find('[data-testid="action-REGISTER"]').text()).toBe('登记')
  })

  it('offers nothing to someone who may only read', async () => {
    const wrapper = await render(hazard({ allowedActions: [] }, { state: 'RECTIFYING' }))
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="hazard-actions"]').exists()).toBe(false)
  })

  it('offers the emergency office both closing out and the district report of a verified major hazard', async () => {
    const wrapper = await render(hazard({ allowedActions: ['REPORT_TO_DISTRICT', 'CLOSE'] }, { state: 'VERIFIED', grade: 'MAJOR', awaitsDistrictReport: true }))
    expect(buttons(wrapper)).toEqual(['action-CLOSE', 'action-REPORT_TO_DISTRICT'])
    expect(wrapper.find('[data-testid="hazard-awaits-district"]').text()).toBe('待上报区应急局')
    expect(wrapper.find('[data-testid="hazard-grade"]').text()).toBe('重大隐患')
  })

  it('shows state, overdue days, the timeline with its photos, and the close-out number', async () => {
    const closed = hazard(
      { closedAt: '2026-11-28T03:00:00Z', closeoutNo: 'XH2026-0007', verifiedOn: '2026-11-27', verifierName: '王立新' },
      { state: 'CLOSED' },
    )
    const wrapper = await render(closed)
    expect(wrapper.find('[data-testid="hazard-state"]').text()).toBe('已销号')
    expect(wrapper.find('[data-testid="hazard-closeout-no"]').text()).toBe('XH2026-0007')
    const event = wrapper.find('[data-testid="timeline-event"]')
    expect(event.text()).toContain('上报隐患')
    expect(event.text()).toContain('李安全')
    expect(server.calls('GET', '/api/v1/attachments/{id}/thumbnail').map((r) => r.params.id)).toEqual(['7'])
    expect(event.find('img').attributes('src')).toBe('blob:thumb')

    const overdue = await render(hazard({}, { state: 'RECTIFYING', overdue: true, overdueDays: 4 }))
    expect(overdue.find('[data-testid="hazard-overdue"]').text()).toBe('逾期 4 天')
  })
})
