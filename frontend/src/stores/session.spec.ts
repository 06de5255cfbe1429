import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { settings } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { me } from '@/test/helpers'
import { useSessionStore } from './session'

const server = useFakeApi()

function answer(rules = settings()) {
  server.on('GET', '/api/v1/me', () => me())
  server.on('GET', '/api/v1/settings', () => rules)
}

const settingsCalls = () => server.calls('GET', '/api/v1/settings').length

describe('the session', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers({ toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('reads who is signed in and the server\'s rules together', async () => {
    answer(settings({ ledgerDueDay: 10, maxPhotoBytes: 1024 }))
    const session = useSessionStore()
    await session.load()
    expect(session.status).toBe('ready')
    expect(session.me?.username).toBe('officer')
    expect(session.settings).toMatchObject({ timeZone: 'Asia/Shanghai', ledgerDueDay: 10, maxPhotoBytes: 1024 })
  })

  it('does not start without the rules', async () => {
    server.on('GET', '/api/v1/me', () => me())
    server.on('GET', '/api/v1/settings', () => problem(503, '服务暂时不可用'))
    const session = useSessionStore()
    await session.load()
    expect(session.status).toBe('error')
  })

  it('takes today from the server, not from the browser: late evening in UTC is already tomorrow in the town', async () => {
    vi.setSystemTime(new Date('2026-11-28T19:44:00Z'))
    answer(settings({ today: '2026-11-29' }))
    const session = useSessionStore()
    await session.load()
    expect(session.today()).toBe('2026-11-29')
  })

  it('moves on at the town\'s midnight without asking the server', async () => {
    vi.setSystemTime(new Date('2026-11-29T15:59:00Z')) // 23:59 in the town
    const session = useSessionStore()
    session.setSettings(settings({ today: '2026-11-29' }))
    expect(session.today()).toBe('2026-11-29')
    vi.setSystemTime(new Date('2026-11-29T16:01:00Z')) // 00:01 in the town
    expect(session.today()).toBe('2026-11-30')
    // the last day of the month rolls into the next month
    vi.setSystemTime(new Date('2026-11-30T16:01:00Z'))
    expect(session.today()).toBe('2026-12-01')
  })

  it('keeps the server\'s date on a device whose clock is a day off, past midnight too', async () => {
    vi.setSystemTime(new Date('2026-11-28T04:00:00Z')) // the device thinks it is the 28th in the town
    const session = useSessionStore()
    session.setSettings(settings({ today: '2026-11-29' }))
    expect(session.today()).toBe('2026-11-29')
    vi.setSystemTime(new Date('2026-11-28T17:00:00Z'))
    expect(session.today()).toBe('2026-11-30')
  })

  it('asks the server again when the app comes back on another day, and only then', async () => {
    vi.setSystemTime(new Date('2026-11-28T10:00:00Z'))
    answer(settings({ today: '2026-11-28' }))
    const session = useSessionStore()
    await session.load()
    const stop = session.followDayChange()
    try {
      document.dispatchEvent(new Event('visibilitychange'))
      await Promise.resolve()
      expect(settingsCalls()).toBe(1)

      vi.setSystemTime(new Date('2026-11-29T01:00:00Z'))
      answer(settings({ today: '2026-11-29' }))
      document.dispatchEvent(new Event('visibilitychange'))
      window.dispatchEvent(new Event('focus'))
      await vi.waitFor(() => expect(session.settings?.today).toBe('2026-11-29'))
      expect(settingsCalls()).toBe(2)
      // a background request: its failure would not be shown, and the marker never leaves the browser
      expect(server.calls('GET', '/api/v1/settings').at(-1)!.headers.has('X-Anjian-Quiet')).toBe(false)
      expect(session.today()).toBe('2026-11-29')
    } finally {
      stop()
    }
  })

  it('uses the browser\'s date only before the rules are read', () => {
    vi.setSystemTime(new Date(2026, 0, 5, 12))
    expect(useSessionStore().today()).toBe('2026-01-05')
  })
})
