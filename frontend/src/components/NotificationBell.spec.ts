import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AppNotification } from '@/api/types'
import { flush, me, signedIn } from '@/test/helpers'
import NotificationBell from './NotificationBell.vue'

const unreadCount = vi.fn<() => Promise<number>>()
const list = vi.fn()
const markRead = vi.fn(async () => undefined)
const markAllRead = vi.fn(async () => 2)
vi.mock('@/composables/useNotifications', () => ({
  POLL_MS: 60_000,
  useNotifications: () => ({ unreadCount, list, markRead, markAllRead }),
}))

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
  beforeEach(() => {
    unreadCount.mockReset()
    list.mockReset()
    markRead.mockClear()
    markAllRead.mockClear()
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('shows the unread count, and none when all is read', async () => {
    unreadCount.mockResolvedValue(3)
    ;({ wrapper } = await render())
    expect(shown(wrapper)).toBe('3')

    unreadCount.mockResolvedValue(0)
    wrapper.unmount()
    ;({ wrapper } = await render())
    expect(shown(wrapper)).toBe('')
  })

  it('asks again every minute and on every page change, keeping the last count when a poll fails', async () => {
    vi.useFakeTimers()
    unreadCount.mockResolvedValue(1)
    const rendered = render()
    await vi.runOnlyPendingTimersAsync()
    const { router } = await rendered
    wrapper = (await rendered).wrapper
    const calls = unreadCount.mock.calls.length

    unreadCount.mockResolvedValue(4)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(unreadCount).toHaveBeenCalledTimes(calls + 1)
    expect(shown(wrapper)).toBe('4')

    unreadCount.mockRejectedValue(new Error('500'))
    await router.push('/ledger')
    await vi.advanceTimersByTimeAsync(0)
    expect(unreadCount).toHaveBeenCalledTimes(calls + 2)
    expect(shown(wrapper)).toBe('4')
  })

  it('opens the list; a click marks the notice read and goes to its hazard', async () => {
    unreadCount.mockResolvedValue(2)
    list.mockResolvedValue({ items: [notice(), notice({ id: 2, severity: 'INFO', read: true, hazardId: 7 })], page: 1, size: 20, total: 2, unread: 2 })
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    const items = document.body.querySelectorAll<HTMLElement>('[data-testid="notification-item"]')
    expect(items).toHaveLength(2)
    expect(items[0]!.textContent).toContain('隐患逾期')
    expect(items[0]!.textContent).toContain('紧急')
    expect(items[0]!.classList).toContain('critical')

    unreadCount.mockResolvedValue(1)
    items[0]!.click()
    await flush()
    expect(markRead).toHaveBeenCalledWith(1)
    expect(router.currentRoute.value.fullPath).toBe('/hazards/42')
    expect(shown(wrapper)).toBe('1')
  })

  it('marks everything read at once', async () => {
    unreadCount.mockResolvedValue(2)
    list.mockResolvedValue({ items: [notice()], page: 1, size: 20, total: 1, unread: 2 })
    ;({ wrapper } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-read-all"]')!.click()
    await flush()
    expect(markAllRead).toHaveBeenCalledOnce()
    expect(shown(wrapper)).toBe('')
  })

  it('opens the returned ledger\'s own unit and month, not the default month', async () => {
    unreadCount.mockResolvedValue(1)
    const returned = notice({
      id: 9,
      kind: 'LEDGER_RETURNED',
      severity: 'WARNING',
      title: '月度台账被退回',
      hazardId: null,
      ledgerUnitId: 3,
      ledgerPeriod: '2026-10',
    })
    list.mockResolvedValue({ items: [returned], page: 1, size: 20, total: 1, unread: 1 })
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-item"]')!.click()
    await flush()
    expect(markRead).toHaveBeenCalledWith(9)
    expect(router.currentRoute.value.name).toBe('ledger-unit')
    expect(router.currentRoute.value.fullPath).toBe('/ledger/3/2026-10')
  })

  it('opens the own ledger page for a ledger notice that names no ledger (sent before they did)', async () => {
    unreadCount.mockResolvedValue(0)
    list.mockResolvedValue({
      items: [notice({ id: 8, kind: 'LEDGER_RETURNED', hazardId: null, read: true })],
      page: 1,
      size: 20,
      total: 1,
      unread: 0,
    })
    let router
    ;({ wrapper, router } = await render())
    await wrapper.find('[data-testid="notification-bell"]').trigger('click')
    await flush()
    document.body.querySelector<HTMLElement>('[data-testid="notification-item"]')!.click()
    await flush()
    expect(markRead).not.toHaveBeenCalled()
    expect(router.currentRoute.value.fullPath).toBe('/ledger')
  })
})
