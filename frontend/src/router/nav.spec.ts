import { describe, expect, it } from 'vitest'
import { navItemsFor } from './nav'

const names = (roles: string[]) => navItemsFor(roles).map((i) => i.name)

describe('side navigation by role', () => {
  it('a village officer sees the daily work: hazards, reporting, the monthly ledger, the inspections of its unit', () => {
    expect(names(['village-officer'])).toEqual(['home', 'hazards', 'hazard-new', 'ledger', 'inspections', 'profile'])
  })

  it('an office head also sees the close-out ledger and its inspections, plans, checklists, cases, campaigns and monitors', () => {
    expect(names(['office-head'])).toEqual([
      'home',
      'hazards',
      'hazard-new',
      'ledger',
      'closeouts',
      'inspections',
      'inspection-plans',
      'checklists',
      'enforcement-cases',
      'campaigns',
      'enforcement-monitors',
      'profile',
    ])
  })

  it('the emergency office sees everything', () => {
    expect(names(['town-admin'])).toEqual([
      'home',
      'hazards',
      'hazard-new',
      'ledger',
      'ledger-board',
      'closeouts',
      'inspections',
      'inspection-plans',
      'checklists',
      'enforcement-cases',
      'campaigns',
      'enforcement-monitors',
      'units',
      'people',
      'profile',
    ])
  })

  it('a town leader reads: hazards, the board of returns, the close-out ledger, enforcement, units and people; no reporting, no checklists', () => {
    expect(names(['leader'])).toEqual([
      'home',
      'hazards',
      'ledger-board',
      'closeouts',
      'inspections',
      'inspection-plans',
      'enforcement-cases',
      'campaigns',
      'enforcement-monitors',
      'units',
      'people',
      'profile',
    ])
  })

  it('a login with no working role only sees home and profile', () => {
    expect(names([])).toEqual(['home', 'profile'])
    expect(names(['integration', 'offline_access'])).toEqual(['home', 'profile'])
  })
})
