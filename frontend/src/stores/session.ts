import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { api, quiet, unwrap } from '@/api'
import type { Me, Role, Settings } from '@/api/types'
import { todayIso } from '@/utils/format'
import { townClock, townToday, type TownClock } from '@/utils/townDate'

/**
 * Who is signed in, as the server sees it (GET /api/v1/me): the UI's source of truth for the
 * user's roles, unit and town; and the rules the server applies (GET /api/v1/settings): the town's
 * "today", the ledger due day and the upload limits. Both are loaded once after sign-in.
 */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const settings = ref<Settings | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const clock = shallowRef<TownClock | null>(null)

  const roles = computed<string[]>(() => me.value?.roles ?? [])
  const linked = computed(() => me.value?.linked ?? false)
  const isTownAdmin = computed(() => roles.value.includes('town-admin'))
  /** Office heads and village officers only ever see their own unit's people. */
  const seesWholeTown = computed(() => roles.value.includes('town-admin') || roles.value.includes('leader'))

  function hasRole(...wanted: Role[]) {
    return wanted.some((role) => roles.value.includes(role))
  }

  function setSettings(value: Settings) {
    settings.value = value
    clock.value = townClock(value.timeZone, value.today)
  }

  /**
   * Today (YYYY-MM-DD) as the town reckons it: the server's date, moving on at the town's midnight
   * by the device's clock. Read it when it is needed (a form opens, a rule is checked) rather than
   * keeping it. The browser's date until the settings have been read.
   */
  function today(): string {
    return clock.value ? townToday(clock.value) : todayIso()
  }

  async function load() {
    status.value = 'loading'
    try {
      const [user, rules] = await Promise.all([unwrap(api.GET('/api/v1/me')), unwrap(api.GET('/api/v1/settings'))])
      me.value = user
      setSettings(rules)
      status.value = 'ready'
    } catch {
      status.value = 'error'
    }
  }

  let refreshing: Promise<void> | null = null
  /** Reads the settings again in the background; on failure the ones already read stay. */
  function refreshSettings(): Promise<void> {
    refreshing ??= unwrap(api.GET('/api/v1/settings', { ...quiet }))
      .then(setSettings)
      .catch(() => undefined) // keep the last ones; the next return to the app tries again
      .finally(() => (refreshing = null))
    return refreshing
  }

  /**
   * When the app comes back to the foreground (a phone woken up the next morning) on a day other
   * than the one the server last named, asks the server again, so that a device clock that is off
   * is caught up with. Returns the function that stops listening.
   */
  function followDayChange(): () => void {
    const check = () => {
      if (document.visibilityState === 'hidden' || !settings.value) return
      if (today() !== settings.value.today) void refreshSettings()
    }
    document.addEventListener('visibilitychange', check)
    window.addEventListener('focus', check)
    return () => {
      document.removeEventListener('visibilitychange', check)
      window.removeEventListener('focus', check)
    }
  }

  return {
    me,
    settings,
    status,
    roles,
    linked,
    isTownAdmin,
    seesWholeTown,
    hasRole,
    today,
    setSettings,
    load,
    refreshSettings,
    followDayChange,
  }
})
