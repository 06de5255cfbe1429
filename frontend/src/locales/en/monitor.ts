import type zhCN from '../zh-CN/monitor'

const en: typeof zhCN = {
  monitor: {
    title: 'Enforcement monitors',
    intro: 'Computed from the inspections, enforcement cases and inspection plans whenever read; open a record to see or act on it.',
    year: 'Year',
    anyOffice: 'All offices',
    ownOffice: 'Your office: {office}',
    count: '{count}',
    noneThisYear: 'None this year',
    listSeparator: ', ',
    loadFailed: 'The monitors could not be loaded; please try again later.',
    section: {
      firstInspectionUnpunished: {
        title: 'First inspection, penalty due',
        rule: "A violation found at a unit's first inspection of the year must end in a penalty decision, or in a recorded legal reason for no penalty. Listed: first inspections with neither.",
        none: "None this year: every violation found at a unit's first inspection was penalised or has its legal reason recorded.",
      },
      zeroPenaltyMonths: {
        title: 'No zero-penalty month',
        rule: 'Each office with enforcement powers should make at least {minimum} penalty decision(s) in every month that has ended. Listed: the offices and months below that.',
        disabled: 'Rule switched off',
        disabledRule: 'The town has switched this rule off: penalty decisions per month are not checked.',
        none: 'None this year: every enforcement office reached the number of penalty decisions in every month that has ended.',
      },
      plansBehind: {
        title: 'Inspection plans behind schedule',
        rule: 'A month of a plan is behind when it ends with planned units not inspected.',
        none: 'None this year: the plans of every month that has ended were carried out.',
      },
      ordersOverdue: {
        title: 'Orders overdue, not re-inspected',
        rule: 'Cases whose rectification order deadline has passed with no re-inspection yet.',
        none: 'None this year: no order is past its deadline without a re-inspection.',
      },
    },
    field: {
      unit: 'Inspected unit',
      office: 'Office',
      date: 'Inspected on',
      inspection: 'Inspection',
      case: 'Case',
      violationItems: 'Violations',
      month: 'Month',
      decisions: 'Penalty decisions',
      months: 'Months below the minimum',
      monthCount: 'Months',
      minimum: 'Minimum',
      plannedDone: 'Planned / done',
      missed: 'Units not inspected',
      plan: 'Plan',
      party: 'Party',
      orderNumber: 'Order number',
      deadline: 'Deadline',
      daysOverdue: 'Overdue',
    },
    home: {
      title: 'Enforcement monitors ({year})',
      open: 'Open the monitors',
      toLook: 'To look into',
    },
    noCase: 'No case opened',
    openCase: 'Open case',
    openNewCase: 'Open a case',
    openPlan: 'Open plan',
    decisionsOf: '{count} (minimum {minimum})',
    monthCount: '{n} mo.',
    violationCount: '{count}',
    daysOverdue: '{days} days',
  },
}

export default en
