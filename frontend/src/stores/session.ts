import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, unwrap } from '@/api'
import type { Me, Role } from '@/api/types'

/**
 * Who is signed in, as the server sees it (GET /api/v1/me): the UI's source of truth for the
 * user's roles, unit and town. Loaded once after sign-in.
 */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')

  const roles = computed<string[]>(() => me.value?.roles ?? [])
  const linked = computed(() => me.value?.linked ?? false)
  const isTownAdmin = computed(() => roles.value.includes('town-admin'))
  /** Office heads and village officers only ever see their own unit's people. */
  const seesWholeTown = computed(() => roles.value.includes('town-admin') || roles.value.includes('leader'))

  function hasRole(...wanted: Role[]) {
    return wanted.some((role) => roles.value.includes(role))
  }

  async function load() {
    status.value = 'loading'
    try {
      me.value = await unwrap(api.GET('/api/v1/me'))
      status.value = 'ready'
    } catch {
      status.value = 'error'
    }
  }

  return { me, status, roles, linked, isTownAdmin, seesWholeTown, hasRole, load }
})
