import { describe, expect, it } from 'vitest'
import { navItemsFor } from './nav'

const names = (roles: string[]) => navItemsFor(roles).map((i) => i.name)

describe('side navigation by role', () => {
  it.each([['town-admin'], ['leader'], ['office-head'], ['village-officer']])('%s sees home, units, people and profile', (role) => {
    expect(names([role])).toEqual(['home', 'units', 'people', 'profile'])
  })

  it('a login with no working role only sees home and profile', () => {
    expect(names([])).toEqual(['home', 'profile'])
    expect(names(['integration', 'offline_access'])).toEqual(['home', 'profile'])
  })
})
