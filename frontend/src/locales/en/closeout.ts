import type zh from '../zh-CN/closeout'

const en: typeof zh = {
  closeout: {
    title: 'Close-out ledger',
    from: 'Closed from',
    to: 'to',
    intro: "Hazards that were rectified, verified and closed out. Office heads close out the hazards their office supervises; the emergency office may close out any. Choose a closing office to see that office's own close-out ledger. The Excel export holds what the filters show.",
    searchPlaceholder: 'Search number, place or description',
    anyClosingUnit: 'Any closing office',
    anyUnit: 'Unit of the hazard',
    col: {
      rectified: 'Rectified',
      verified: 'Verified',
      closed: 'Closed out',
      closingUnit: 'Closing office',
    },
    field: {
      closeoutNo: 'Close-out number',
      closedBy: 'Closed by',
    },
  },
}

export default en
