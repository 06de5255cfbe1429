export default {
  closeout: {
    title: '销号台账',
    from: '销号日期从',
    to: '至',
    intro: '整改完成、验收合格并销号的隐患。办公室负责人为本办公室监管的隐患销号，镇应急办可以为任何隐患销号；选定销号单位，就是该单位自己的销号台账。导出的 Excel 与筛选结果一致。',
    searchPlaceholder: '按编号、部位或描述搜索',
    anyClosingUnit: '全部销号单位',
    anyUnit: '隐患所在单位',
    col: {
      rectified: '整改完成',
      verified: '验收',
      closed: '销号',
      closingUnit: '销号单位',
    },
    field: {
      closeoutNo: '销号编号',
      closedBy: '销号人',
    },
  },
}
