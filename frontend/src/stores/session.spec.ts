import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { settings } from '@/test/fixtures'
import { me } from '@/test/helpers'
import { useSessionStore } from './session'

const GET = vi.fn<(path: string, init?: unknown) => Promise<unknown>>()
vi.mock('@/api', () => ({
  api: { GET: (path: string, init?: unknown) => GET(path, init) },
  unwrap: (call: Promise<unknown>) => call,
  quiet: { headers: { 'X-Anjian-Quiet': '1' } },
}))

function answer(rules = settings()) {
  GET.mockImplementation(async (path) => {
    if (path === '/api/v1/me') return me()
    if (path === '/api/v1/settings') return rules
    throw new Error(`unexpected ${path}`)
  })
}

const settingsCalls = () => GET.mock.calls.filter(([path]) => path === '/api/v1/settings').length

describe('the session', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    GET.mockReset()
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
    GET.mockImplementation(async (path) => {
      if (path === '/api/v1/me') return me()
      throw new Error('503')
    })
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
      expect(GET).toHaveBeenLastCalledWith('/api/v1/settings', { headers: { 'X-Anjian-Quiet': '1' } })
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
