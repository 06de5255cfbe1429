import type zh from '../zh-CN/enforcement'

const en: typeof zh = {
  enforcement: {
    state: {
      INSPECTED: 'Inspected',
      ORDERED: 'Ordered to rectify',
      REINSPECTED: 'Re-inspected',
      PENALTY_NOTIFIED: 'Penalty notified',
      PENALTY_DECIDED: 'Penalty decided',
      FINE_PAID: 'Fine paid',
      CLOSED: 'Closed',
      NO_PENALTY: 'Closed without penalty',
      WITHDRAWN: 'Withdrawn',
    },
    action: {
      ORDER: 'Order rectification',
      REINSPECT: 'Re-inspect',
      NOTIFY_PENALTY: 'Notify intended penalty',
      DECIDE_PENALTY: 'Decide penalty',
      RECORD_PAYMENT: 'Record fine payment',
      CLOSE: 'Close',
      CLOSE_WITHOUT_PENALTY: 'Close without penalty',
      WITHDRAW: 'Withdraw',
    },
    document: {
      ON_SITE_RECORD: 'On-site inspection record',
      RECTIFICATION_ORDER: 'Order to rectify within a time limit',
      REINSPECTION_OPINION: 'Re-inspection opinion',
      PENALTY_NOTICE: 'Notice of intended penalty',
      PENALTY_DECISION: 'Penalty decision',
    },
    noPenaltyReason: {
      FIRST_MINOR_CORRECTED: 'First, minor violation corrected at once (Administrative Penalty Law art. 33(1))',
      NO_FAULT: 'The party proves it was not at fault (art. 33(2))',
      TIME_BARRED: 'Beyond the limitation period (art. 36)',
      OTHER: 'Another legal ground',
    },
  },
}

export default en
