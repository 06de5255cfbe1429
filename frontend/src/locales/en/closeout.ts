import type zh from '../zh-CN/closeout'

const en: typeof zh = {
  closeout: {
    title: 'Close-out ledger',
    from: 'Closed from',
    to: 'to',
    intro: 'Hazards that were rectified, verified and closed out. Filter by close-out date and export to Excel.',
    col: {
      rectified: 'Rectified',
      verified: 'Verified',
      closed: 'Closed out',
    },
    field: {
      closeoutNo: 'Close-out number',
      closedBy: 'Closed by',
    },
  },
}

export default en
