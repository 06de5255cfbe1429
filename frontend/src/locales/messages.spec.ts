import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import { LOCALES, messages } from '.'

type Tree = { [key: string]: string | Tree }

/** Every message key of a locale, dotted (hazard.state.FOUND). */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

function get(tree: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string
}

describe('the messages of both languages', () => {
  afterEach(() => vi.restoreAllMocks())

  it('have the same keys', () => {
    const zh = keysOf(messages['zh-CN'] as Tree).sort()
    const en = keysOf(messages.en as Tree).sort()
    expect(en.filter((k) => !zh.includes(k))).toEqual([])
    expect(zh.filter((k) => !en.includes(k))).toEqual([])
  })

  // vue-i18n compiles a message the first time it is used; a literal @ { } | $ that is not escaped
  // ({'@'}) throws there, e.g. when a dialog opens. Compile every message now, as the app would.
  it.each(LOCALES)('all compile (%s), without an error or a warning', (locale) => {
    const warnings = vi.spyOn(console, 'warn')
    const errors = vi.spyOn(console, 'error')
    const i18n = createI18n({ legacy: false, locale, fallbackLocale: false, messages, missingWarn: true, fallbackWarn: true })
    const failed: string[] = []
    for (const key of keysOf(messages[locale] as Tree)) {
      try {
        const text = i18n.global.t(key, { name: 'x', max: 1 })
        if (typeof text !== 'string' || text === key) failed.push(`${key}: not rendered`)
      } catch (error) {
        failed.push(`${key}: ${(error as Error).message}`)
      }
    }
    expect(failed).toEqual([])
    expect(warnings).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
  })

  // A `|` compiles too, as a plural: "A | B" would show only A. Nothing here is plural, so after the
  // escapes ({'@'}) and the placeholders ({name}) no special character may be left.
  it.each(LOCALES)('escape every special character (%s)', (locale) => {
    const texts = keysOf(messages[locale] as Tree).map((key) => [key, get(messages[locale] as Tree, key)] as const)
    const unescaped = texts
      .filter(([, text]) => /[@{}|$]/.test(text.replace(/\{'[^']*'\}/g, '').replace(/\{[A-Za-z_]\w*\}/g, '')))
      .map(([key, text]) => `${key}: ${text}`)
    expect(unescaped).toEqual([])
  })

  it('shows an escaped @ as the character itself', () => {
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages })
    expect(i18n.global.t('person.validation.loginFormat')).toMatch(/@$/)
  })
})
