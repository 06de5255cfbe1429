import { describe, expect, it } from 'vitest'
import { isValidPhone, LOGIN } from './phone'

describe('phone numbers', () => {
  it.each(['13800138000', '19912345678', ' 15012345678 ', '010-61234567', '0571-88888888', '02161234567', '0755-2345678'])(
    'accepts %s',
    (phone) => expect(isValidPhone(phone)).toBe(true),
  )
  it.each(['12800138000', '1380013800', '138001380001', '61234567', '010-123', '010 61234567', '010-61234567-801', 'abc', ''])('rejects %s', (phone) =>
    expect(isValidPhone(phone)).toBe(false),
  )
  it('login names are Keycloak-style usernames', () => {
    expect(LOGIN.test('li.an-quan_01')).toBe(true)
    expect(LOGIN.test('李安全')).toBe(false)
    expect(LOGIN.test('has space')).toBe(false)
    expect(LOGIN.test('a')).toBe(false)
  })
})
