export default {
  closeout: {
    title: '销号台账',
    from: '销号日期从',
    to: '至',
    intro: '已完成整改、验收并销号的隐患。可按销号日期筛选，并导出 Excel。',
    col: {
      rectified: '整改完成',
      verified: '验收',
      closed: '销号',
    },
    field: {
      closeoutNo: '销号编号',
      closedBy: '销号人',
    },
  },
}
