package com.anjian.demo;

import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardSource;

import java.util.ArrayList;
import java.util.List;

import static com.anjian.demo.DemoData.ADMIN;
import static com.anjian.demo.DemoData.OFFICER;
import static com.anjian.demo.DemoData.OFFICER2;
import static com.anjian.demo.DemoData.OFFICE_HEAD;

/**
 * The demo town's checklists and its year of inspections (issue 8): three checklists written by the
 * offices that enforce their sectors, 经发办 inspecting the co-operative and the villages' gas every
 * month, the emergency office the health centre's and the communities' fire safety every other month.
 * A few items fail; the failures become hazards, reported and registered in one step, which the
 * older ones have since taken through the loop (ordered, rectified by the inspected unit, verified and
 * closed by the inspecting office) and the recent ones are still in.
 */
final class DemoInspections {

    private DemoInspections() {
    }

    record Item(String text, String legalBasis, boolean violation) {
    }

    /** A checklist: its title, sector, keeping office (null: the emergency office) and who writes it. */
    record ChecklistSpec(String title, String sector, String owner, DemoData.Account author, List<Item> items) {
    }

    /**
     * A failed item and the hazard it became: where, what, and (in {@link #story}) its steps after
     * registration, counted from the inspection's day.
     */
    record Failure(int itemNo, String place, String description, CauseCategory cause, String measures, int deadlineDays,
                   HazardStory story) {
    }

    /** An inspection {@code daysAgo} days back, by the office as its head (the emergency office: its admin). */
    record Visit(int daysAgo, String office, DemoData.Account inspector, String unit, int checklist, List<String> inspectors,
                 String place, String onSitePerson, String conclusion, Failure failure) {
    }

    static final ChecklistSpec INDUSTRY = new ChecklistSpec("工贸企业安全生产检查表", "INDUSTRY_TRADE", "经发办", OFFICE_HEAD, List.of(
            new Item("是否建立健全全员安全生产责任制，主要负责人、安全管理人员职责是否明确", "《中华人民共和国安全生产法》第二十二条", true),
            new Item("是否按规定设置安全生产管理机构或者配备专职、兼职安全生产管理人员", "《中华人民共和国安全生产法》第二十四条", true),
            new Item("主要负责人和安全生产管理人员是否经安全生产知识和管理能力考核合格", "《中华人民共和国安全生产法》第二十七条", true),
            new Item("从业人员是否经安全生产教育和培训合格后上岗，培训档案是否齐全", "《中华人民共和国安全生产法》第二十八条", true),
            new Item("特种作业人员是否持证上岗", "《中华人民共和国安全生产法》第三十条", true),
            new Item("生产经营场所和设备设施是否设置明显的安全警示标志", "《中华人民共和国安全生产法》第三十五条", true),
            new Item("安全设备的安装、使用、检测、维修、改造和报废是否符合标准，是否定期维护保养", "《中华人民共和国安全生产法》第三十六条", true),
            new Item("是否建立事故隐患排查治理制度，隐患排查治理情况是否如实记录并向从业人员通报", "《中华人民共和国安全生产法》第四十一条", true),
            new Item("仓库、员工宿舍与生产车间是否分开设置，疏散通道、安全出口是否畅通", "《中华人民共和国安全生产法》第四十二条", true),
            new Item("是否为从业人员提供符合标准的劳动防护用品并监督正确佩戴", "《中华人民共和国安全生产法》第四十五条", true),
            new Item("是否制定生产安全事故应急救援预案并定期组织演练", "《中华人民共和国安全生产法》第八十一条", false),
            new Item("配电箱、电气线路是否规范敷设，有无私拉乱接", "《工贸企业重大事故隐患判定标准》第三条", false)));

    static final ChecklistSpec GAS = new ChecklistSpec("燃气安全检查表", "GAS", "经发办", OFFICE_HEAD, List.of(
            new Item("瓶装液化石油气是否从取得燃气经营许可的供应站购买，钢瓶是否在检验有效期内", "《城镇燃气管理条例》第十八条", true),
            new Item("液化气钢瓶是否直立放置，是否存放在地下室、半地下室或通风不良的场所", "《城镇燃气管理条例》第二十八条", true),
            new Item("燃气灶具、连接软管是否使用合格产品，软管是否老化、超过使用年限", "《城镇燃气管理条例》第二十八条", false),
            new Item("用气场所是否安装可燃气体报警装置并保持完好", "《城镇燃气管理条例》第二十八条", false),
            new Item("燃气管道、阀门是否有明显标识，是否有人为包封、圈占或在其上堆放物品", "《城镇燃气管理条例》第三十三条", true),
            new Item("餐饮等经营场所是否制定燃气安全管理制度，操作人员是否经安全培训", "《中华人民共和国安全生产法》第二十八条", false),
            new Item("用气场所是否配备灭火器材，员工是否会正确使用", "《中华人民共和国消防法》第十六条", false),
            new Item("是否擅自改装、拆除、迁移燃气设施", "《城镇燃气管理条例》第二十八条", true),
            new Item("燃气泄漏时是否知晓关阀、开窗、疏散、在室外报警的处置要求", "《城镇燃气管理条例》第二十七条", false)));

    static final ChecklistSpec FIRE = new ChecklistSpec("消防安全检查表", "FIRE", null, ADMIN, List.of(
            new Item("是否落实消防安全责任制，确定消防安全责任人和管理人", "《中华人民共和国消防法》第十六条", true),
            new Item("灭火器、消火栓等消防设施器材是否配置齐全、完好有效，是否定期检验维修", "《中华人民共和国消防法》第十六条", true),
            new Item("疏散通道、安全出口是否畅通，是否被占用、堵塞、封闭", "《中华人民共和国消防法》第二十八条", true),
            new Item("应急照明、疏散指示标志是否完好有效", "《中华人民共和国消防法》第十六条", true),
            new Item("是否在门窗设置影响逃生和灭火救援的障碍物", "《中华人民共和国消防法》第二十八条", true),
            new Item("电动自行车是否在楼道、疏散通道、安全出口停放或充电", "《高层民用建筑消防安全管理规定》第三十七条", true),
            new Item("电气线路敷设是否符合要求，有无私拉乱接电线", "《中华人民共和国消防法》第二十七条", false),
            new Item("是否组织防火检查、巡查，及时消除火灾隐患", "《机关、团体、企业、事业单位消防安全管理规定》第二十五条", false),
            new Item("员工是否经消防安全培训，是否会报火警、扑救初起火灾、组织疏散", "《中华人民共和国消防法》第十七条", false),
            new Item("是否制定灭火和应急疏散预案并组织演练", "《中华人民共和国消防法》第十六条", false)));

    /** The emergency office adds an item to the fire checklist about six months back: earlier inspections keep version 1. */
    static final int FIRE_REVISED_DAYS_AGO = 180;
    static final Item FIRE_ADDED = new Item("厨房烟道是否定期清洗，有无油污积存", "《中华人民共和国消防法》第十六条", false);

    static final List<ChecklistSpec> CHECKLISTS = List.of(INDUSTRY, GAS, FIRE);

    private static final List<String> JINGFA = List.of("刘洋", "周红");
    private static final List<String> EMERGENCY = List.of("王立新", "李华");

    /** The year's inspections, oldest first. */
    static List<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        String[] gasVillages = {"白云寺村", "太平村", "红岩村", "一居", "二居", "白云寺村"};
        for (int month = 0; month < 11; month++) {
            int daysAgo = 330 - month * 30;
            if (month % 2 == 0) {
                visits.add(new Visit(daysAgo, "经发办", OFFICE_HEAD, "东溪镇供销合作社", 0, JINGFA, "供销社农资仓库及门市",
                        "黄德明", "企业安全生产主体责任基本落实，现场管理总体良好。", null));
            } else {
                String village = gasVillages[(month / 2) % gasVillages.length];
                visits.add(new Visit(daysAgo, "经发办", OFFICE_HEAD, village, 1, JINGFA, village + "沿街餐饮店",
                        DemoHistory.responsiblePersonOf(village), "沿街餐饮店燃气使用总体规范，已现场宣传燃气安全常识。", null));
            }
            if (month % 2 == 1) {
                String unit = month % 4 == 1 ? "东溪镇卫生院" : "一居";
                visits.add(new Visit(daysAgo - 3, "应急办", ADMIN, unit, 2, EMERGENCY, unit.equals("一居") ? "一居老街居民楼" : "卫生院门诊楼及住院部",
                        DemoHistory.responsiblePersonOf(unit), "消防安全管理制度基本落实，消防设施器材完好。", null));
            }
        }
        // failures, which became hazards
        visits.add(failed(300, "经发办", OFFICE_HEAD, "东溪镇供销合作社", 0, JINGFA, "供销社农资仓库", "黄德明", 9,
                "农资仓库与员工宿舍同处一栋，宿舍直通仓库", "仓库与宿舍之间砌筑防火墙，另设宿舍独立出口", 30,
                s -> s.order(1, OFFICE_HEAD, "责令限期三十日内将员工宿舍与仓库分隔，另设独立安全出口", 30)
                        .complete(24, ADMIN, "已砌筑防火隔墙并另开宿舍出口（镇应急办代为报告）")
                        .verify(27, OFFICE_HEAD).close(28, OFFICE_HEAD)));
        visits.add(failed(210, "经发办", OFFICE_HEAD, "白云寺村", 1, JINGFA, "白云寺村场镇餐馆", "赵大山", 2,
                "餐馆后厨液化气钢瓶存放于密闭储藏间，通风不良", "将钢瓶移至通风良好的独立气瓶间，安装燃气报警器", 15,
                s -> s.order(1, OFFICE_HEAD, "责令十五日内将液化气钢瓶移出密闭储藏间", 15)
                        .complete(9, OFFICER, "钢瓶已移至后院独立气瓶间，报警器已安装")
                        .verify(11, OFFICE_HEAD).close(12, OFFICE_HEAD)));
        visits.add(failed(150, "应急办", ADMIN, "一居", 2, EMERGENCY, "一居老街3号居民楼", "孙丽", 6,
                "楼道内停放电动自行车并飞线充电", "清理楼道电动自行车，在小区设置集中充电点", 20,
                s -> s.order(1, ADMIN, "责令二十日内清理楼道电动自行车，设置集中停放充电点", 20)
                        .complete(15, OFFICER2, "楼道已清理，集中充电棚已建成投用")
                        .verify(17, ADMIN).close(17, ADMIN)));
        visits.add(failed(20, "经发办", OFFICE_HEAD, "一居", 1, JINGFA, "一居农贸市场熟食摊位", "孙丽", 5,
                "燃气管道被摊位广告布包封，阀门无标识", "拆除包封物，补设管道和阀门标识", 20,
                s -> s.order(1, OFFICE_HEAD, "责令二十日内拆除燃气管道包封物并补设标识", 20)));
        visits.add(failed(6, "应急办", ADMIN, "白云寺村", 2, EMERGENCY, "白云寺村敬老院", "赵大山", 3,
                "敬老院北侧安全出口被杂物堵塞", "清理杂物，保持安全出口畅通，落实每日巡查", 10, s -> s));
        visits.sort((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo()));
        return visits;
    }

    private static Visit failed(int daysAgo, String office, DemoData.Account inspector, String unit, int checklist,
                                List<String> inspectors, String place, String onSite, int itemNo, String description,
                                String measures, int deadlineDays, java.util.function.UnaryOperator<HazardStory> steps) {
        String sector = CHECKLISTS.get(checklist).sector();
        HazardStory story = steps.apply(new HazardStory(unit, inspector, daysAgo, sector, CauseCategory.MANAGEMENT,
                HazardGrade.GENERAL, HazardSource.INSPECTION, place, description));
        Failure failure = new Failure(itemNo, place, description, CauseCategory.MANAGEMENT, measures, deadlineDays, story);
        return new Visit(daysAgo, office, inspector, unit, checklist, inspectors, place, onSite,
                "发现问题一处，已现场责令整改并登记隐患。", failure);
    }
}
