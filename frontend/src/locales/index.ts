import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export const messages = { 'zh-CN': zhCN, en }

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]
export type MessageSchema = typeof zhCN

const STORAGE_KEY = 'anjian.locale'

function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Chinese unless the user chose English before (the choice is kept in localStorage). */
export function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (isLocale(saved)) return saved
  } catch {
    // storage may be unavailable (private mode); Chinese it is
  }
  return 'zh-CN'
}

export function createAppI18n(locale: AppLocale = initialLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
  })
}

export const i18n = createAppI18n()

export function currentLocale(): AppLocale {
  const value = i18n.global.locale.value
  return isLocale(value) ? value : 'zh-CN'
}

export function setLocale(locale: AppLocale) {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // not persisted; the choice still applies to this visit
  }
}
