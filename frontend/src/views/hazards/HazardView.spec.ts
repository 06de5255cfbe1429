import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Hazard } from '@/api/types'
import { createAppRouter } from '@/router'
import { hazard } from '@/test/fixtures'
import { FakeResponse, page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HazardView from './HazardView.vue'

const server = useFakeApi()

async function render(subject: Hazard, roles = ['office-head']) {
  server.on('GET', '/api/v1/hazards/{id}', () => subject)
  server.on('GET', '/api/v1/attachments/{id}/thumbnail', () => new FakeResponse(200, new Blob(['jpeg'], { type: 'image/jpeg' }), { 'Content-Type': 'image/jpeg' }))
  const { plugins } = signedIn(me({ roles }))
  const router = createAppRouter(createMemoryHistory())
  await router.push(`/hazards/${subject.summary.id}`)
  const wrapper = mount(HazardView, { props: { id: subject.summary.id }, global: { plugins: [...plugins, router] }, attachTo: document.body })
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
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows 待验收 once the rectification is reported done, and the step under way is verification', async () => {
    const wrapper = await render(hazard({ completedOn: '2026-11-25' }, { state: 'RECTIFYING', status: 'AWAITING_VERIFICATION' }))
    expect(wrapper.find('[data-testid="hazard-state"]').text()).toBe('待验收')
    const steps = wrapper.findAll('[data-testid="hazard-steps"] .el-step')
    expect(steps[3]!.find('.el-step__head').classes()).toContain('is-process')
    expect(steps[2]!.find('.el-step__head').classes()).toContain('is-success')
  })

  it('offers its change history to the emergency office and the leaders, not to an office head', async () => {
    expect((await render(hazard())).find('[data-testid="hazard-history"]').exists()).toBe(false)
    expect((await render(hazard(), ['leader'])).find('[data-testid="hazard-history"]').exists()).toBe(true)
  })

  it('shows who changed what and when, each field in words, as the server names them', async () => {
    server.on('GET', '/api/v1/hazards/{id}/history', () =>
      page([
        {
          id: 9,
          at: '2026-11-29T08:00:00Z',
          actor: 'system',
          action: 'UPDATE' as const,
          changes: [
            { field: 'escalationLevel', from: 0, to: 1 },
            { field: 'daysOverdue', from: null, to: 3 },
          ],
        },
        {
          id: 4,
          at: '2026-11-21T04:48:53Z',
          actor: 'officehead',
          action: 'UPDATE' as const,
          changes: [
            { field: 'step', from: null, to: ['REGISTER'] },
            { field: 'grade', from: 'GENERAL', to: 'MAJOR' },
            { field: 'state', from: 'FOUND', to: 'REGISTERED' },
            { field: 'responsibleUnitId', from: null, to: 8 },
            { field: 'funds', from: null, to: 300.0 },
            { field: 'deadline', from: null, to: '2026-12-10' },
            { field: 'attachments', from: null, to: ['p7.jpg'] },
            { field: 'closeoutNo', from: null, to: 'XH2026-0001' },
          ],
        },
      ]),
    )
    const wrapper = await render(hazard(), ['town-admin'])
    await wrapper.find('[data-testid="hazard-history"]').trigger('click')
    await flush()
    await flush()
    expect(server.calls('GET', '/api/v1/hazards/{id}/history')[0]!.params.id).toBe('42')
    const drawer = document.body.querySelector('[data-testid="history-drawer"]')!.closest('.el-drawer')!
    const text = drawer.textContent!
    expect(text).toContain('隐患修改记录：YH2026-0042')
    for (const words of ['处理步骤', '登记', '等级', '一般', '重大', '状态', '已发现', '已登记', '责任单位', '白云寺村', '整改资金', '¥300.00', '整改期限', '2026年12月10日', '照片和附件', 'p7.jpg', '销号编号', 'XH2026-0001', '逾期提醒级别', '第 1 级', '逾期天数', '3 天']) {
      expect(text).toContain(words)
    }
    // no field shown by its code name
    for (const code of ['responsibleUnitId', 'escalationLevel', 'daysOverdue', 'closeoutNo', 'step', 'REGISTERED']) {
      expect(text).not.toContain(code)
    }
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

  it('names the inspection a hazard came from, linked to it', async () => {
    const fromInspection = await render(hazard({ inspectionId: 9, inspectionSerial: 'JC2026-0009' }))
    const source = fromInspection.find('[data-testid="hazard-inspection"]')
    expect(source.text()).toBe('来源：检查 JC2026-0009')
    expect(source.find('a').attributes('href')).toBe('/inspections/9')
    expect((await render(hazard())).find('[data-testid="hazard-inspection"]').exists()).toBe(false)
  })
})
