export default {
  home: {
    greeting: '您好，{name}',
    unitLine: '{unit}（{kind}）',
    positionLine: '职务：{position}',
    rolesLine: '身份：{roles}',
    hintsTitle: '您可以在这里',
    hints: {
      'town-admin': '跟踪全镇隐患的登记、整改、验收和销号，验收各单位的月度台账；维护单位名录和人员账号。',
      leader: '查看全镇隐患处理情况、各单位台账报送情况和销号台账。',
      'office-head': '上报和处理本办公室及所管行业领域的隐患，按月报送本办公室的台账。',
      'village-officer': '发现隐患随手拍照上报；每月按时报送本村（居）的隐患台账。',
      integration: '此账号用于系统对接，不需要使用本页面。',
    },
    goUnits: '查看单位',
    goPeople: '查看人员',
    goHazards: '查看隐患',
    monthLedger: '本月台账',
    count: {
      overdue: '逾期未整改的隐患',
      awaitsDistrict: '待上报区应急局的重大隐患',
      open: '待登记的隐患',
    },
  },
}
