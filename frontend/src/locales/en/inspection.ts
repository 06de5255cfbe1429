import type zh from '../zh-CN/inspection'

const en: typeof zh = {
  inspection: {
    outcome: {
      PASS: 'Pass',
      FAIL: 'Fail',
      NOT_APPLICABLE: 'Not applicable',
    },
    state: {
      IN_PROGRESS: 'In progress',
      FINISHED: 'Finished',
    },
    planKind: {
      ANNUAL: 'Annual plan',
      MONTHLY: 'Monthly plan',
    },
    planStatus: {
      PLANNED: 'Planned',
      DONE_ON_TIME: 'Done on time',
      DONE_LATE: 'Done late',
      MISSED: 'Missed',
      CANCELLED: 'Cancelled',
    },
  },
}

export default en
