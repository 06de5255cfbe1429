// 检查、检查计划（issue 8）：页面之前先有枚举的中文说法。
export default {
  inspection: {
    outcome: {
      PASS: '合格',
      FAIL: '不合格',
      NOT_APPLICABLE: '不适用',
    },
    state: {
      IN_PROGRESS: '检查中',
      FINISHED: '已完成',
    },
    planKind: {
      ANNUAL: '年度计划',
      MONTHLY: '月度计划',
    },
    planStatus: {
      PLANNED: '待检查',
      DONE_ON_TIME: '按时完成',
      DONE_LATE: '逾期完成',
      MISSED: '未检查',
      CANCELLED: '已取消',
    },
  },
}
