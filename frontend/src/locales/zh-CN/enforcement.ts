// 执法案件（issue 8）：页面之前先有枚举的中文说法。
export default {
  enforcement: {
    state: {
      INSPECTED: '已检查',
      ORDERED: '已责令限期整改',
      REINSPECTED: '已复查',
      PENALTY_NOTIFIED: '已告知拟处罚',
      PENALTY_DECIDED: '已作出处罚决定',
      FINE_PAID: '罚款已缴纳',
      CLOSED: '已结案',
      NO_PENALTY: '不予处罚结案',
      WITHDRAWN: '已撤销',
    },
    action: {
      ORDER: '责令限期整改',
      REINSPECT: '整改复查',
      NOTIFY_PENALTY: '行政处罚告知',
      DECIDE_PENALTY: '行政处罚决定',
      RECORD_PAYMENT: '登记罚款缴纳',
      CLOSE: '结案',
      CLOSE_WITHOUT_PENALTY: '不予处罚结案',
      WITHDRAW: '撤销案件',
    },
    document: {
      ON_SITE_RECORD: '现场检查记录',
      RECTIFICATION_ORDER: '责令限期整改指令书',
      REINSPECTION_OPINION: '整改复查意见书',
      PENALTY_NOTICE: '行政处罚告知书',
      PENALTY_DECISION: '行政处罚决定书',
    },
    noPenaltyReason: {
      FIRST_MINOR_CORRECTED: '初次违法且危害后果轻微并及时改正（《行政处罚法》第三十三条第一款）',
      NO_FAULT: '当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条第二款）',
      TIME_BARRED: '违法行为超过追责时效（《行政处罚法》第三十六条）',
      OTHER: '其他法定事由',
    },
  },
}
