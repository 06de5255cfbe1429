import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AppNotification } from '@/api/types'
import { FakeResponse, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import NotificationBell from './NotificationBell.vue'

const server = useFakeApi()
let unread = 0
let items: AppNotification[] = []
let failing = false

/** The bell asks for the unread count with a page of one; the list with a page of twenty. */
function answerNotifications() {
  server.on('GET', '/api/v1/notifications', ({ query }) =>
    failing ? problem(500, '系统内部错误') : { items: query.get('size') === '1' ? items.slice(0, 1) : items, page: 1, size: Number(query.get('size')), total: items.length, unread },
  )
  server.on('POST', '/api/v1/notifications/{id}/read', () => new FakeResponse(204, undefined))
  server.on('POST', '/api/v1/notifications/read-all', () => {
    const marked = unread
    unread = 0
    return { marked }
  })
}
const countRequests = () => server.calls('GET', '/api/v1/notifications').filter((r) => r.query.get('size') === '1').length
const markedRead = () => server.calls('POST', '/api/v1/notifications/{id}/read').map((r) => Number(r.params.id))

const notice = (overrides: Partial<AppNotification> = {}): AppNotification => ({
  id: 1,
  kind: 'HAZARD_OVERDUE',
  severity: 'CRITICAL',
  title: '隐患逾期',
  message: 'YH2026-0042 已逾期 3 天',
  hazardId: 42,
  ledgerUnitId: null,
  ledgerPeriod: null,
  read: false,
  createdAt: '2026-11-28T00:00:00Z',
  ...overrides,
})

async function render() {
  answerNotifications()
  const { plugins } = signedIn(me())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: { template: '<div />' } },
      { path: '/hazards/:id', name: 'hazard', component: { template: '<div />' } },
      { path: '/ledger', name: 'ledger', component: { template: '<div />' } },
      { path: '/ledger/:unitId(\\d+)/:period(\\d{4}-\\d{2})', name: 'ledger-unit', component: { template: '<div />' } },
    ],
  })
  await router.push('/')
  const wrapper = mount(NotificationBell, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  return { wrapper, router }
}

/** The number on the bell, or '' when the badge is hidden. */
function shown(wrapper: VueWrapper) {
  const sup = wrapper.find('[data-testid="notification-badge"] sup')
  return sup.exists() && sup.isVisible() ? sup.text() : ''
}

describe('the notification bell', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => {
    unread = 0
    items = []
    failing = false
    wrapper?.unmount()
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('shows the unread count, and none when all is read', async () => {
    unread = 3
    ;({ wrapper } = await render())
    expect(shown(wrapper)).toBe('3')

    unread = 0
    wrapper.unmount()
    ;({ wrapper } = await render())
    expect(shown(wrapper)).toBe('')
  })

  it('asks again every minute and on every page change, keeping the last count when a poll fails', async () => {
    vi.useFakeTimers()
    unread = 1
    const rendered = render()
    await vi.runOnlyPendingTimersAsync()
    const { router } = await rendered
    wrapper = (await rendered).wrapper
    const calls = countRequests()

    unread = 4
    await vi.advanceTimersByTimeAsync(60_000)
    expect(countRequests()).toBe(calls + 1)
    expect(shown(wrapper)).toBe('4')

    failing = true
    await router.push('/ledger')
    await vi.advanceTimersByTimeAsync(0)
    expect(countRequests()).toBe(calls + 2)
    expect(shown(wrapper)).toBe('4')
    // a background poll that failed is not shown to the user
    expect(document.body.querySelector('.el-message')).toBeNull()
  })

  it('opens the list; a click marks the notice read and goes to its hazard', async () => {
    unread = 2
    items = [notice(), notice({ id: 2, severity: 'INFO', read: true, hazardId: 7 })]
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    const shownItems = document.body.querySelectorAll<HTMLElement>('[data-testid="notification-item"]')
    expect(shownItems).toHaveLength(2)
    expect(shownItems[0]!.textContent).toContain('隐患逾期')
    expect(shownItems[0]!.textContent).toContain('紧急')
    expect(shownItems[0]!.classList).toContain('critical')

    unread = 1
    shownItems[0]!.click()
    await flush()
    await flush()
    expect(markedRead()).toEqual([1])
    expect(router.currentRoute.value.fullPath).toBe('/hazards/42')
    expect(shown(wrapper)).toBe('1')
  })

  it('opens the hazard a newly reported one is about, for the office that supervises its sector', async () => {
    unread = 1
    items = [
      notice({ id: 5, kind: 'HAZARD_REPORTED', severity: 'INFO', title: '本行业新报告的隐患', message: '白云寺村报告了隐患 YH2026-0051（燃气）', hazardId: 51 }),
    ]
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    const item = document.body.querySelector<HTMLElement>('[data-testid="notification-item"]')!
    expect(item.textContent).toContain('本行业新报告的隐患')
    item.click()
    await flush()
    await flush()
    expect(markedRead()).toEqual([5])
    expect(router.currentRoute.value.fullPath).toBe('/hazards/51')
  })

  it('marks everything read at once', async () => {
    unread = 2
    items = [notice()]
    ;({ wrapper } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-read-all"]')!.click()
    await flush()
    await flush()
    expect(server.calls('POST', '/api/v1/notifications/read-all')).toHaveLength(1)
    expect(shown(wrapper)).toBe('')
  })

  it('opens the returned ledger\'s own unit and month, not the default month', async () => {
    unread = 1
    const returned = notice({
      id: 9,
      kind: 'LEDGER_RETURNED',
      severity: 'WARNING',
      title: '月度台账被退回',
      hazardId: null,
      ledgerUnitId: 3,
      ledgerPeriod: '2026-10',
    })
    items = [returned]
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-item"]')!.click()
    await flush()
    await flush()
    expect(markedRead()).toEqual([9])
    expect(router.currentRoute.value.name).toBe('ledger-unit')
    expect(router.currentRoute.value.fullPath).toBe('/ledger/3/2026-10')
  })

  it('opens the own ledger page for a ledger notice that names no ledger (sent before they did)', async () => {
    items = [notice({ id: 8, kind: 'LEDGER_RETURNED', hazardId: null, read: true })]
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-item"]')!.click()
    await flush()
    expect(markedRead()).toEqual([])
    expect(router.currentRoute.value.fullPath).toBe('/ledger')
  })
})
