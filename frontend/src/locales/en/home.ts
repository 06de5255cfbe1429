import type zh from '../zh-CN/home'

const en: typeof zh = {
  home: {
    greeting: 'Hello, {name}',
    unitLine: '{unit} ({kind})',
    positionLine: 'Position: {position}',
    rolesLine: 'Role: {roles}',
    hintsTitle: 'What you can do here',
    hints: {
      'town-admin': "Follow every hazard of the town through registration, rectification, verification and close-out, and accept each unit's monthly ledger; keep the register of units and people.",
      leader: "See how the town's hazards are handled, which units submitted their ledgers, and the close-out ledger.",
      'office-head': "Report and handle the hazards of your office and the sectors it supervises, and submit your office's monthly ledger.",
      'village-officer': "Take a photo of any hazard you find and report it; submit your village's hazard ledger every month on time.",
      integration: 'This account is for system integration and does not use these pages.',
    },
    goUnits: 'View units',
    goPeople: 'View people',
    goHazards: 'View hazards',
    monthLedger: "This month's ledger",
    count: {
      overdue: 'Hazards past their deadline',
      awaitsDistrict: 'Major hazards to report to the district',
      open: 'Hazards waiting to be registered',
    },
  },
}

export default en
