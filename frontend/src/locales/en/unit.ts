import type zh from '../zh-CN/unit'

const en: typeof zh = {
  unit: {
    title: 'Units',
    create: 'New unit',
    editTitle: 'Edit unit',
    createTitle: 'New unit',
    historyTitle: 'Change history: {name}',
    searchPlaceholder: 'Search by name or code',
    anyKind: 'All kinds',
    anySector: 'All sectors',
    anyStatus: 'All statuses',
    hasPowers: 'Yes',
    noPowers: 'No',
    field: {
      name: 'Name',
      kind: 'Kind',
      code: 'Code',
      enforcementPowers: 'Enforcement powers',
      sectors: 'Sectors',
      active: 'Status',
      version: 'Version',
      townId: 'Town',
    },
    kind: {
      OFFICE: 'Functional office',
      STATION: 'Station',
      INSTITUTE: 'Institute',
      CENTRE: 'Centre',
      VILLAGE: 'Village',
      COMMUNITY: 'Community',
      ENTERPRISE: 'Enterprise',
      PUBLIC_INSTITUTION: 'Public institution',
      DISTRICT_UNIT: 'District unit',
    },
    codeHint: {
      division: '12-digit statistical division code, e.g. 110114001201',
      credit: '18-character unified social credit code',
      optional: 'Optional',
    },
    validation: {
      nameRequired: 'Enter the unit name',
      nameTooLong: 'The name must be at most {max} characters',
      kindRequired: 'Choose the kind of unit',
      codeRequired: 'Enter the code',
      divisionCode: 'The statistical division code has 12 digits',
      creditCode: 'The unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)',
      creditCheckDigit: 'The last (check) character of the unified social credit code is wrong',
      codeTooLong: 'The code must be at most {max} characters',
    },
  },
}

export default en
