import type zh from '../zh-CN/home'

const en: typeof zh = {
  home: {
    greeting: 'Hello, {name}',
    unitLine: '{unit} · {town}',
    rolesLine: 'Role: {roles}',
    tasksTitle: 'Your work',
    integration: 'This account is for system integration and does not use these pages.',
    task: {
      report: 'Found a hazard on your rounds? Take a photo, say where it is and what is wrong, and report it at once.',
      followVillage: "See how far your village's hazards have got; chase the ones near or past their deadline.",
      villageLedger: "Submit last month's hazard ledger by day {day} of each month; a month without hazards still needs a nil return.",
      register: 'Register newly reported hazards promptly: set the grade, and settle the responsible unit and person, the measures, the funds and the deadline.',
      rectify: 'Keep an eye on hazards being rectified, overdue ones first; once the work is done, someone else verifies it on site.',
      officeLedger: "Submit your office's hazard ledger for last month by day {day} of each month.",
      close: 'Check the verified hazards and close them out into the close-out ledger.',
      district: 'Report major hazards to the district emergency bureau promptly, then mark them as reported on the hazard page.',
      reviewLedgers: "Check that every unit's monthly ledger came in on time, and accept each one; send back any with problems, saying why.",
      directory: 'When units, people or their sign-in accounts change, update them here.',
      overview: "How the town's hazards are being rectified: which are overdue and which are major, at a glance.",
      ledgers: "Each unit's monthly ledger: who filed on time, who was late or missed it.",
      closeouts: 'Every hazard rectified, verified and closed out is recorded in the close-out ledger.',
    },
    go: {
      report: 'Report a hazard',
      villageHazards: "Village's hazards",
      ledger: 'File the ledger',
      toRegister: 'To register',
      rectifying: 'Being rectified',
      toClose: 'To close out',
      toDistrict: 'Major, to report',
      board: 'Ledger returns',
      units: 'Units',
      people: 'People and accounts',
      townHazards: "Town's hazards",
      closeouts: 'Close-out ledger',
    },
    count: {
      overdue: 'Hazards past their deadline',
      awaitsDistrict: 'Major hazards to report to the district',
      open: 'Hazards waiting to be registered',
    },
  },
}

export default en
