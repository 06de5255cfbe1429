package com.anjian.demo;

import com.anjian.enforcement.NoPenaltyReason;

import java.util.List;

import static com.anjian.demo.DemoData.ADMIN;
import static com.anjian.demo.DemoData.OFFICE_HEAD;

/**
 * The demo town's enforcement cases (issue 8): inspections by 经发办 and the emergency office that
 * found a violation, and the cases opened from them, taken through the chain on their days — fines
 * decided and paid, a warning only (fine 0), one closed without a penalty on a legal ground, one
 * withdrawn, some still open (one ordered and past its deadline with no re-inspection yet); three of
 * them from inspections of the gas campaign. One inspection that found a violation, 经发办's first
 * of the health centre this year, has no case (首查必罚 missed). Every step goes through the case
 * service, so documents are numbered and the history recorded as in real use.
 */
final class DemoCases {

    private DemoCases() {
    }

    /** Where the case ends. */
    enum End { OPENED, ORDERED, DECIDED, PAID_AND_CLOSED, WARNING_CLOSED, NO_PENALTY, WITHDRAWN }

    /**
     * An inspection {@code daysAgo} days back that failed violation item {@code itemNo} of checklist
     * {@code checklist} (index in DemoInspections.CHECKLISTS), and its case: ends at {@code end}
     * (null: no case at all), with the fine decided, in the gas campaign when {@code inCampaign}.
     */
    record CaseStory(int daysAgo, String office, DemoData.Account actor, String unit, int checklist, int itemNo,
                     String place, String facts, String legalBasis, String order, int orderDays, String penaltyBasis,
                     String fine, End end, boolean inCampaign) {
    }

    /** The gas campaign: from {@value #CAMPAIGN_STARTS_DAYS_AGO} to {@value #CAMPAIGN_ENDS_DAYS_AGO} days ago, led by 经发办. */
    static final int CAMPAIGN_STARTS_DAYS_AGO = 130;
    static final int CAMPAIGN_ENDS_DAYS_AGO = 40;
    static final String CAMPAIGN_TITLE = "东溪镇餐饮场所燃气安全专项整治";
    static final List<String> CAMPAIGN_UNITS = List.of("太平村", "二居", "白云寺村", "红岩村");

    /** Days after the inspection on which each step is taken. */
    static final int OPEN = 0;
    static final int ORDER = 1;
    static final int REINSPECT_AFTER_DEADLINE = 1;
    static final int NOTIFY_AFTER_REINSPECTION = 2;
    static final int DECIDE_AFTER_NOTICE = 7;
    static final int PAY_AFTER_DECISION = 10;

    private static final String SAFETY_LAW_PENALTY = "《中华人民共和国安全生产法》第九十七条";
    private static final String GAS_PENALTY = "《城镇燃气管理条例》第四十九条";
    private static final String FIRE_PENALTY = "《中华人民共和国消防法》第六十条";

    static List<CaseStory> stories() {
        return List.of(
                new CaseStory(250, "经发办", OFFICE_HEAD, "东溪镇供销合作社", 0, 4, "供销社农资仓库",
                        "供销社新招用的3名仓库搬运工未经安全生产教育和培训即上岗作业，培训档案缺失",
                        "《中华人民共和国安全生产法》第二十八条", "立即组织新上岗人员进行安全生产教育和培训，建立培训档案", 10,
                        SAFETY_LAW_PENALTY, "10000", End.PAID_AND_CLOSED, false),
                new CaseStory(190, "经发办", OFFICE_HEAD, "红岩村", 1, 1, "红岩村场镇火锅店",
                        "火锅店使用的液化石油气钢瓶购自无燃气经营许可的流动商贩，其中2只钢瓶超过检验有效期",
                        "《城镇燃气管理条例》第十八条", "立即停止使用超期钢瓶，改从取得燃气经营许可的供应站购气", 7,
                        GAS_PENALTY, "3000", End.PAID_AND_CLOSED, false),
                new CaseStory(160, "应急办", ADMIN, "东溪镇卫生院", 2, 2, "卫生院住院部",
                        "住院部二楼4具灭火器压力不足，室内消火栓箱内水带缺失，未定期检验维修",
                        "《中华人民共和国消防法》第十六条", "更换失效灭火器，补齐消火栓水带，建立消防设施定期检验维修记录", 10,
                        FIRE_PENALTY, "5000", End.PAID_AND_CLOSED, false),
                new CaseStory(120, "经发办", OFFICE_HEAD, "太平村", 1, 8, "太平村农家乐",
                        "农家乐经营者擅自将燃气管道改装延伸至室外烧烤区，未经燃气经营企业同意",
                        "《城镇燃气管理条例》第二十八条", "恢复燃气管道原状，改装须由燃气经营企业实施", 10,
                        GAS_PENALTY, "0", End.WARNING_CLOSED, true),
                new CaseStory(100, "应急办", ADMIN, "二居", 2, 3, "二居商住楼",
                        "商住楼一层商铺在疏散通道内堆放货物，占用疏散通道",
                        "《中华人民共和国消防法》第二十八条", "立即清理疏散通道内堆放的货物，保持畅通", 5,
                        null, null, End.NO_PENALTY, false),
                new CaseStory(80, "经发办", OFFICE_HEAD, "二居", 1, 2, "二居沿街小吃店",
                        "小吃店液化气钢瓶存放于地下储藏室",
                        "《城镇燃气管理条例》第二十八条", "立即将液化气钢瓶移出地下储藏室", 7,
                        null, null, End.WITHDRAWN, true),
                new CaseStory(50, "经发办", OFFICE_HEAD, "白云寺村", 1, 5, "白云寺村场镇餐馆",
                        "餐馆燃气管道被装修吊顶包封，阀门被货架圈占，无明显标识",
                        "《城镇燃气管理条例》第三十三条", "拆除燃气管道包封物，清理阀门周边货架，补设标识", 7,
                        GAS_PENALTY, "2000", End.DECIDED, true),
                new CaseStory(30, "应急办", ADMIN, "一居", 2, 5, "一居老街5号商铺",
                        "商铺在门窗上设置防盗铁栅栏，影响逃生和灭火救援",
                        "《中华人民共和国消防法》第二十八条", "拆除门窗上影响逃生和灭火救援的铁栅栏", 10,
                        null, null, End.ORDERED, false),
                new CaseStory(12, "经发办", OFFICE_HEAD, "东溪镇供销合作社", 0, 6, "供销社化肥仓库",
                        "化肥仓库叉车作业区未设置安全警示标志",
                        "《中华人民共和国安全生产法》第三十五条", null, 0,
                        null, null, End.OPENED, false),
                // 经发办's first inspection of the health centre this year found a violation and opened no case (首查必罚 missed)
                new CaseStory(45, "经发办", OFFICE_HEAD, "东溪镇卫生院", 1, 2, "卫生院职工食堂",
                        null, null, null, 0, null, null, null, false));
    }

    /** Why the withdrawn case was withdrawn; the no-penalty case's ground. */
    static final String WITHDRAWN_REASON = "经核查，涉案液化气钢瓶及储藏室属相邻商户所有，当事人认定有误，撤销本案";
    static final NoPenaltyReason NO_PENALTY_REASON = NoPenaltyReason.FIRST_MINOR_CORRECTED;
}
