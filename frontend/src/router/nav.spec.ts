import { describe, expect, it } from 'vitest'
import { navItemsFor } from './nav'

const names = (roles: string[]) => navItemsFor(roles).map((i) => i.name)

describe('side navigation by role', () => {
  it('a village officer sees the daily work: hazards, reporting, the monthly ledger', () => {
    expect(names(['village-officer'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'profile', 'inspections'])
  })

  it('an office head also sees the close-out ledger', () => {
    expect(names(['office-head'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'closeouts', 'profile', 'checklists', 'inspection-plans'])
    expect(names(['office-head'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'closeouts', 'profile', 'inspections'])
    expect(names(['office-head'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'closeouts', 'profile', 'enforcement-cases'])
    expect(names(['office-head'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'closeouts', 'profile', 'campaigns', 'enforcement-monitors'])
  })

  it('the emergency office sees everything', () => {
    expect(names(['town-admin'])).toEqual([
      'home',
      'hazards',
      'hazard-new',
      'ledger',
      'ledger-board',
      'closeouts',
      'units',
      'people',
      'profile',
      'checklists',
      'inspection-plans',
      'inspections',
      'enforcement-cases',
      'campaigns',
      'enforcement-monitors',
    ])
  })

  it('a town leader reads: hazards, the board of returns, the close-out ledger, units and people; no reporting', () => {
    expect(names(['leader'])).toEqual(['home', 'hazards', 'ledger-board', 'closeouts', 'units', 'people', 'profile', 'inspection-plans'])
    expect(names(['leader'])).toEqual(['home', 'hazards', 'ledger-board', 'closeouts', 'units', 'people', 'profile', 'inspections'])
    expect(names(['leader'])).toEqual(['home', 'hazards', 'ledger-board', 'closeouts', 'units', 'people', 'profile', 'enforcement-cases'])
    expect(names(['leader'])).toEqual(['home', 'hazards', 'ledger-board', 'closeouts', 'units', 'people', 'profile', 'campaigns', 'enforcement-monitors'])
  })

  it('a login with no working role only sees home and profile', () => {
    expect(names([])).toEqual(['home', 'profile'])
    expect(names(['integration', 'offline_access'])).toEqual(['home', 'profile'])
  })
})
