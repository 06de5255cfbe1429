import { createPinia, setActivePinia } from 'pinia'
import type { Me, Settings } from '@/api/types'
import { createAppI18n } from '@/locales'
import { useSessionStore } from '@/stores/session'
import { settings as defaultSettings } from './fixtures'

export function me(overrides: Partial<Me> = {}): Me {
  return {
    username: 'officer',
    displayName: '李安全',
    roles: ['village-officer'],
    linked: true,
    person: { id: 7, name: '李安全', position: '安全员' },
    unit: { id: 3, name: '白云寺村', kind: 'VILLAGE' },
    town: { id: 1, code: '110114001', name: '东溪镇' },
    ...overrides,
  }
}

/** Pinia with a signed-in user and the server's settings, and Chinese i18n, ready for mount's global.plugins. */
export function signedIn(user: Me = me(), settings: Settings = defaultSettings()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.me = user
  session.setSettings(settings)
  session.status = 'ready'
  const i18n = createAppI18n('zh-CN')
  return { pinia, i18n, session, plugins: [pinia, i18n] }
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
