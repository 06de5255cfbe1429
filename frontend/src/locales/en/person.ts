import type zh from '../zh-CN/person'

const en: typeof zh = {
  person: {
    title: 'People',
    create: 'New person',
    editTitle: 'Edit person',
    createTitle: 'New person',
    historyTitle: 'Change history: {name}',
    searchPlaceholder: 'Search by name, position or phone',
    anyUnit: 'All units',
    unitPlaceholder: 'Type to find a unit',
    field: {
      name: 'Name',
      unitId: 'Unit',
      unitName: 'Unit',
      position: 'Position',
      phone: 'Phone',
      login: 'Login',
      active: 'Status',
      version: 'Version',
    },
    loginHint: 'Optional; this person signs in with this login',
    phoneHint: 'Optional; mobile or landline with area code, e.g. 13800138000, 010-61234567',
    validation: {
      nameRequired: 'Enter the name',
      nameTooLong: 'The name must be at most {max} characters',
      unitRequired: 'Choose the unit',
      positionTooLong: 'The position must be at most {max} characters',
      phoneFormat: 'Enter a valid mobile number (11 digits) or landline (area code-number)',
      loginFormat: "A login may contain only letters, digits and . _ - {'@'}",
    },
  },
}

export default en
