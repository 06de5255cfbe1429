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
import static com.anjian.demo.DemoData.OFFICE_HEAD2;
import static com.anjian.hazard.CauseCategory.ENVIRONMENT;
import static com.anjian.hazard.CauseCategory.MANAGEMENT;
import static com.anjian.hazard.CauseCategory.PEOPLE;
import static com.anjian.hazard.CauseCategory.THINGS;
import static com.anjian.hazard.HazardGrade.GENERAL;
import static com.anjian.hazard.HazardGrade.MAJOR;
import static com.anjian.hazard.HazardSource.INSPECTION;
import static com.anjian.hazard.HazardSource.PATROL;

/**
 * The hazards of the demo town's year, each with its story (HazardStory). Days count back from the
 * day the history is loaded, so the town is always in the same shape: the old ones closed out, the
 * recent ones at every step of the loop, a few past their deadlines by one, two and three escalation
 * levels, one major hazard waiting for its report to the district and two reported.
 *
 * <p>Who does what follows the rules: village officers report in their own village and report the
 * rectification of what is assigned to it; the office supervising a sector (经发办: gas, industry and
 * trade, special equipment; 规划自然资源所: geological hazards, construction) registers, orders,
 * verifies and closes its hazards; the emergency office does so for any; nobody verifies work they
 * reported done.
 */
final class DemoHazards {

    private DemoHazards() {
    }

    static List<HazardStory> stories() {
        List<HazardStory> all = new ArrayList<>();

        // ---- closed out over the year ---------------------------------------------------------------
        all.add(story("白云寺村", OFFICER, 330, "GEOLOGICAL_HAZARD", ENVIRONMENT, GENERAL, PATROL, "3组后山坡体",
                "连续降雨后后山坡体出现长约8米的拉张裂缝，坡脚有2户居民房屋")
                .register(1, OFFICE_HEAD2, "白云寺村", "设置简易监测桩每日巡查，雨季前完成坡面截排水沟并清理危岩", 38000, 45)
                .order(2, OFFICE_HEAD2, "限期完成坡面截排水沟，汛期落实专人监测", 40)
                .progress(15, OFFICER, "截排水沟已开挖约六成，监测桩读数无明显变化")
                .complete(30, OFFICER, "截排水沟完工，危岩已清理")
                .verify(32, OFFICE_HEAD2).close(33, OFFICE_HEAD2));
        HazardStory corridorCharging = story("一居", OFFICER2, 300, "FIRE", PEOPLE, GENERAL, PATROL, "东溪老街12号楼道",
                "多辆电动自行车在楼道内集中充电，私拉电线，堵塞安全出口")
                .register(1, ADMIN, "一居", "清理楼道车辆，在小区内设置集中充电点", 6000, 20)
                .order(1, ADMIN, "立即清理楼道内电动自行车，14日内设置集中充电点", 14)
                .complete(10, OFFICER2, "楼道已清理，集中充电棚已建成投用")
                .verify(12, ADMIN).close(13, ADMIN);
        all.add(corridorCharging);
        all.add(story("红岩村", OFFICE_HEAD2, 280, "GEOLOGICAL_HAZARD", ENVIRONMENT, MAJOR, INSPECTION, "红岩村大湾组",
                "大湾滑坡体前缘鼓胀，后缘裂缝扩展至约30米，威胁12户46人")
                .treatmentPlan("一、立即组织受威胁的12户46人搬迁避让；二、委托专业队伍勘查设计；三、实施抗滑桩及截排水工程；"
                        + "四、工程完工前落实专职监测员每日两次巡查，雨季加密。")
                .register(1, OFFICE_HEAD2, "红岩村", "搬迁避让受威胁群众，实施抗滑桩及截排水治理工程", 850000, 120)
                .district(2, ADMIN)
                .order(3, OFFICE_HEAD2, "按治理方案实施工程治理，施工期间落实专人监测", 110)
                .progress(20, OFFICE_HEAD2, "受威胁群众已全部搬迁安置，勘查设计完成")
                .progress(50, OFFICE_HEAD2, "抗滑桩施工完成过半")
                .progress(85, OFFICE_HEAD2, "抗滑桩全部完工，截排水沟施工中")
                .complete(105, OFFICE_HEAD2, "治理工程全部完工，监测数据稳定")
                .verify(110, ADMIN).close(112, ADMIN));
        all.add(story("太平村", OFFICE_HEAD, 250, "INDUSTRY_TRADE", THINGS, GENERAL, INSPECTION, "太平村红砖厂破碎车间",
                "破碎机传动皮带无防护罩，作业人员未佩戴防护用品")
                .register(2, OFFICE_HEAD, "太平村", "加装皮带防护罩，配发劳保用品并开展培训", 3500, 15)
                .order(2, OFFICE_HEAD, "15日内加装防护罩，整改前停止使用破碎机", 15)
                .complete(9, OFFICE_HEAD, "防护罩已加装，劳保用品已发放")
                .verify(11, ADMIN).close(12, OFFICE_HEAD));
        all.add(story("一居", OFFICER2, 240, "GAS", THINGS, GENERAL, PATROL, "老街刘记饭店后厨",
                "燃气软管老化龟裂，未安装燃气泄漏报警器")
                .register(1, OFFICE_HEAD, "一居", "更换金属波纹管，安装燃气泄漏报警器", 1200, 10)
                .order(1, OFFICE_HEAD, "10日内更换燃气软管、安装报警器，整改前停止使用燃气", 10)
                .complete(6, OFFICER2, "已更换波纹管并安装报警器")
                .verify(7, OFFICE_HEAD).close(8, OFFICE_HEAD));
        all.add(story("白云寺村", OFFICER, 220, "ROAD_TRAFFIC", ENVIRONMENT, GENERAL, PATROL, "村道K2+300急弯处",
                "急弯处无警示标志，临水一侧无护栏")
                .register(2, ADMIN, "白云寺村", "设置急弯警示标志和减速带，临水一侧安装波形护栏", 26000, 30)
                .order(3, ADMIN, "30日内完成警示标志和护栏安装", 30)
                .complete(25, OFFICER, "警示标志和护栏已安装")
                .fail(27, ADMIN, "护栏只装了约20米，临水段还有约15米未装，请补齐后再报")
                .complete(31, OFFICER, "临水段护栏已全部补齐")
                .verify(32, ADMIN).close(33, ADMIN));
        all.add(story("东溪镇卫生院", OFFICE_HEAD, 200, "SPECIAL_EQUIPMENT", THINGS, GENERAL, INSPECTION, "卫生院锅炉房",
                "蒸汽锅炉安全阀、压力表超期未校验，司炉工证件过期")
                .register(1, OFFICE_HEAD, "东溪镇卫生院", "安全阀、压力表送检，司炉工参加复审培训", 2800, 20)
                .order(2, OFFICE_HEAD, "20日内完成安全阀、压力表校验和司炉工复审", 20)
                .complete(18, OFFICE_HEAD, "校验报告和司炉工新证已取得")
                .verify(19, ADMIN).close(20, OFFICE_HEAD));
        all.add(story("经发办", OFFICE_HEAD, 190, "INDUSTRY_TRADE", PEOPLE, GENERAL, INSPECTION, "工业园区石材加工厂切割车间",
                "切割作业未开启湿式除尘，粉尘浓度高，工人未戴防尘口罩")
                .register(1, OFFICE_HEAD, "经发办", "督促企业落实湿式作业，配发防尘口罩，开展职业健康培训", 5000, 15)
                .order(1, OFFICE_HEAD, "立即落实湿式作业，15日内完成整改", 15)
                .complete(12, OFFICE_HEAD, "企业已落实湿式作业并完成培训")
                .verify(14, ADMIN).close(15, OFFICE_HEAD));
        all.add(story("规划自然资源所", OFFICE_HEAD2, 175, "CONSTRUCTION", PEOPLE, GENERAL, INSPECTION, "场镇安置房二期工地",
                "塔吊司机无证上岗，塔吊基础有积水")
                .register(1, OFFICE_HEAD2, "规划自然资源所", "停用塔吊，更换持证司机，排除基础积水", 2000, 10)
                .order(1, OFFICE_HEAD2, "立即停用塔吊，10日内整改完毕", 10)
                .complete(7, OFFICE_HEAD2, "已更换持证司机，基础排水完成")
                .verify(8, ADMIN).close(9, OFFICE_HEAD2));
        all.add(story("白云寺村", OFFICER, 160, "FOREST_FIRE", PEOPLE, GENERAL, PATROL, "白云寺后山林区祭扫点",
                "群众上坟焚烧纸钱、燃放鞭炮，林下可燃物堆积")
                .register(1, ADMIN, "白云寺村", "设置防火检查劝导点，清理林下可燃物", 3000, 10)
                .order(1, ADMIN, "即日起设劝导点，10日内清理可燃物", 10)
                .complete(8, OFFICER, "劝导点已设，林下可燃物已清理")
                .verify(9, ADMIN).close(10, ADMIN));
        all.add(story("二居", OFFICE_HEAD, 150, "GAS", MANAGEMENT, GENERAL, INSPECTION, "滨河路瓶装液化气供应站",
                "钢瓶充装记录不全，库内存放2只过期未检钢瓶")
                .register(1, OFFICE_HEAD, "二居", "过期钢瓶退回检验，建立充装台账", 800, 7)
                .order(1, OFFICE_HEAD, "7日内完成整改", 7)
                .complete(6, OFFICE_HEAD, "过期钢瓶已送检，充装台账已建立")
                .verify(7, ADMIN).close(8, ADMIN));
        all.add(story("一居", OFFICER2, 140, "SPECIAL_EQUIPMENT", THINGS, GENERAL, PATROL, "安置小区3号楼电梯",
                "电梯超期未检验，轿厢应急电话失效")
                .register(1, OFFICE_HEAD, "一居", "联系维保单位检修，申请定期检验", 4500, 20)
                .order(2, OFFICE_HEAD, "20日内完成检验，检验合格前停止使用", 20)
                .complete(17, OFFICER2, "电梯检验合格，应急电话已修复")
                .verify(18, OFFICE_HEAD).close(18, OFFICE_HEAD));
        all.add(story("白云寺村", OFFICER, 130, "FLOOD", ENVIRONMENT, GENERAL, PATROL, "白云溪河堤2组段",
                "河堤局部垮塌约15米，汛期有漫堤风险")
                .register(1, ADMIN, "白云寺村", "编织袋临时加固，汛前完成浆砌石修复", 45000, 20)
                .order(2, ADMIN, "汛前完成垮塌段修复，期间设置警示标志", 20)
                .progress(10, OFFICER, "临时加固完成，浆砌石材料已进场")
                // done eleven days late: the daily check escalated it twice meanwhile
                .complete(33, OFFICER, "垮塌段浆砌石修复完成")
                .verify(35, ADMIN).close(36, ADMIN));
        all.add(story("红岩村", OFFICE_HEAD2, 120, "CONSTRUCTION", MANAGEMENT, GENERAL, INSPECTION, "红岩村便民桥施工现场",
                "桥台基坑开挖深约3米，无临边防护和警示")
                .register(1, OFFICE_HEAD2, "红岩村", "基坑四周设置防护栏杆和警示灯", 1500, 5)
                .order(1, OFFICE_HEAD2, "5日内完成临边防护", 5)
                .complete(4, OFFICE_HEAD2, "防护栏杆和警示灯已设置")
                .verify(5, ADMIN).close(6, ADMIN));
        all.add(story("东溪镇供销合作社", OFFICE_HEAD, 110, "INDUSTRY_TRADE", PEOPLE, GENERAL, INSPECTION, "供销社门市部仓库",
                "货物堆码超高，叉车司机无证驾驶")
                .register(1, OFFICE_HEAD, "东溪镇供销合作社", "降低堆码高度，叉车司机持证上岗", 1000, 15)
                .order(1, OFFICE_HEAD, "15日内完成整改", 15)
                .complete(13, OFFICE_HEAD, "堆码已整改，叉车司机已取证")
                .verify(14, ADMIN).close(15, OFFICE_HEAD));
        all.add(story("太平村", OFFICE_HEAD2, 100, "GEOLOGICAL_HAZARD", ENVIRONMENT, GENERAL, INSPECTION, "太平村5组公路内侧边坡",
                "边坡有落石，过往行人车辆有被砸风险")
                .register(1, OFFICE_HEAD2, "太平村", "清除危石，设置警示标志和拦石网", 18000, 25)
                .order(2, OFFICE_HEAD2, "25日内清除危石并安装拦石网", 25)
                .complete(22, OFFICE_HEAD2, "危石已清除，拦石网已安装")
                .verify(24, ADMIN).close(25, OFFICE_HEAD2));
        all.add(story("白云寺村", OFFICER, 90, "GAS", THINGS, GENERAL, PATROL, "村委会旁小卖部",
                "液化气钢瓶与杂物混放，未配备灭火器")
                .register(1, OFFICE_HEAD, "白云寺村", "钢瓶单独存放，配备灭火器", 300, 7)
                .order(1, OFFICE_HEAD, "7日内整改", 7)
                .complete(5, OFFICER, "钢瓶已单独存放，灭火器已配备")
                .verify(6, OFFICE_HEAD).close(6, OFFICE_HEAD));
        all.add(story("一居", OFFICER2, 80, "PUBLIC_GATHERINGS", MANAGEMENT, GENERAL, PATROL, "老街农贸市场",
                "摊位占用消防通道，部分灭火器失效")
                .register(1, ADMIN, "一居", "清理占道摊位，更换失效灭火器", 2400, 10)
                .order(1, ADMIN, "10日内清理通道、更换灭火器", 10)
                .complete(8, OFFICER2, "通道已清理，灭火器已更换")
                .verify(9, ADMIN).close(10, ADMIN));
        all.add(story("经发办", OFFICE_HEAD, 70, "GAS", THINGS, GENERAL, INSPECTION, "场镇天然气调压站",
                "调压站围栏破损，可燃气体报警器故障")
                .register(1, OFFICE_HEAD, "经发办", "督促燃气公司修复围栏和报警器", 6000, 10)
                .order(1, OFFICE_HEAD, "10日内修复", 10)
                .complete(9, OFFICE_HEAD, "围栏和报警器已修复")
                .verify(10, ADMIN).close(11, ADMIN));
        all.add(story("白云寺村", OFFICER, 60, "AGRICULTURE", MANAGEMENT, GENERAL, PATROL, "1组农机停放点",
                "2台拖拉机无牌无证，驾驶员未经培训")
                .register(1, ADMIN, "白云寺村", "督促机主办理牌证，组织驾驶员培训", 0, 30)
                .order(2, ADMIN, "30日内办理牌证，办证前不得上路", 30)
                .complete(26, OFFICER, "两台拖拉机已上牌，驾驶员已培训取证")
                .verify(28, ADMIN).close(29, ADMIN));
        all.add(story("规划自然资源所", OFFICE_HEAD2, 50, "GEOLOGICAL_HAZARD", ENVIRONMENT, GENERAL, INSPECTION, "东溪古镇后山危岩带",
                "危岩体裂隙发育，下方为游客步道")
                .register(1, OFFICE_HEAD2, "规划自然资源所", "封闭步道，实施危岩清除和主动防护网", 65000, 30)
                .order(1, OFFICE_HEAD2, "立即封闭步道，30日内完成治理", 30)
                .complete(28, OFFICE_HEAD2, "危岩清除和防护网施工完成")
                .verify(30, ADMIN).close(31, OFFICE_HEAD2));
        all.add(story("一居", OFFICER2, 47, "PUBLIC_HOUSING", THINGS, GENERAL, PATROL, "老街公房（原粮站宿舍）",
                "木楼梯腐朽，二楼楼板局部下沉")
                .register(1, ADMIN, "一居", "更换楼梯，加固楼板，整改前限制上楼", 12000, 20)
                .order(2, ADMIN, "20日内完成加固", 20)
                .complete(19, OFFICER2, "楼梯已更换，楼板已加固")
                .verify(21, ADMIN).close(22, ADMIN));
        all.add(story("白云寺村", OFFICER, 40, "CONSTRUCTION", PEOPLE, GENERAL, PATROL, "4组村民自建房工地",
                "脚手架未设剪刀撑，高处作业人员未系安全带")
                .register(1, OFFICE_HEAD2, "白云寺村", "脚手架加设剪刀撑，作业人员系安全带", 800, 5)
                .order(1, OFFICE_HEAD2, "5日内整改，整改前停止高处作业", 5)
                .complete(4, OFFICER, "剪刀撑已加设，安全带已配齐")
                .verify(5, OFFICE_HEAD2).close(6, OFFICE_HEAD2));

        // ---- verified, waiting to be closed out ----------------------------------------------------
        all.add(story("白云寺村", OFFICER, 35, "PUBLIC_HOUSING", THINGS, GENERAL, PATROL, "村小学旧教学楼",
                "旧教学楼墙体开裂、屋面漏雨，已停用但未设隔离")
                .register(2, ADMIN, "白云寺村", "设置隔离围挡和警示标志，申请危房鉴定", 3000, 15)
                .order(3, ADMIN, "15日内完成隔离围挡", 15)
                .complete(12, OFFICER, "围挡和警示标志已设置")
                .verify(15, ADMIN));
        all.add(story("太平村", OFFICE_HEAD, 30, "INDUSTRY_TRADE", THINGS, GENERAL, INSPECTION, "太平村木材加工点",
                "圆盘锯无防护罩，车间电线乱拉乱接")
                .register(1, OFFICE_HEAD, "太平村", "加装防护罩，规范敷设线路", 2200, 10)
                .order(1, OFFICE_HEAD, "10日内整改", 10)
                .complete(9, OFFICE_HEAD, "防护罩已加装，线路已穿管敷设")
                .verify(12, ADMIN));
        all.add(story("一居", OFFICER2, 25, "GAS", PEOPLE, GENERAL, PATROL, "老街早餐店",
                "液化气钢瓶倒置使用，灶具与钢瓶间距不足")
                .register(1, OFFICE_HEAD, "一居", "规范使用钢瓶，调整灶具间距", 200, 5)
                .order(1, OFFICE_HEAD, "5日内整改", 5)
                .complete(4, OFFICER2, "已整改")
                .verify(6, OFFICE_HEAD));

        // ---- rectification reported done, waiting for verification --------------------------------
        all.add(story("白云寺村", OFFICER, 28, "FIRE", PEOPLE, GENERAL, PATROL, "4组王某某自建房",
                "私拉电线给电动自行车充电，线路老化")
                .register(1, ADMIN, "白云寺村", "拆除私拉电线，更换老化线路", 1500, 30)
                .order(2, ADMIN, "30日内整改", 30)
                .complete(9, OFFICER, "私拉电线已拆除，线路已更换"));
        all.add(story("规划自然资源所", OFFICE_HEAD2, 22, "CONSTRUCTION", MANAGEMENT, GENERAL, INSPECTION, "场镇污水管网工程",
                "沟槽开挖深2.5米，未放坡、未支护")
                .register(1, OFFICE_HEAD2, "规划自然资源所", "按规范放坡或支护，设置临边防护", 8000, 25)
                .order(1, OFFICE_HEAD2, "立即停止沟槽内作业，25日内完成支护", 25)
                .complete(6, OFFICE_HEAD2, "沟槽已支护，临边防护已设置"));
        all.add(story("二居", OFFICE_HEAD, 20, "GAS", THINGS, GENERAL, INSPECTION, "滨河路火锅店",
                "燃气管道穿越卧室，未安装自动切断阀")
                .register(1, OFFICE_HEAD, "二居", "改造燃气管道走向，安装自动切断阀", 3500, 14)
                .order(2, OFFICE_HEAD, "14日内完成改造", 14)
                // reported done after its deadline, on the community's word: overdue until verified
                .complete(17, ADMIN, "社区报告管道改造已完成"));
        all.add(story("一居", OFFICER2, 60, "FIRE", PEOPLE, GENERAL, PATROL, "东溪老街12号楼道",
                "楼道内电动自行车充电问题复发，3辆电动车在楼道内充电")
                .recurrenceOf(corridorCharging)
                .register(1, ADMIN, "一居", "再次清理楼道，安装电动车阻车装置和智能充电桩", 8000, 30)
                .order(2, ADMIN, "30日内安装阻车装置，加强巡查", 30)
                .progress(15, OFFICER2, "楼道已清理，阻车装置已采购")
                .complete(55, OFFICER2, "阻车装置已安装，智能充电桩已投用"));

        // ---- rectifying --------------------------------------------------------------------------
        all.add(story("红岩村", ADMIN, 95, "FIREWORKS", MANAGEMENT, GENERAL, INSPECTION, "场镇烟花爆竹零售点",
                "超量储存烟花爆竹约40箱，仓储间与住人房间未有效分隔")
                .register(2, ADMIN, "红岩村", "清退超量产品，仓储间与住人房间实体分隔", 5000, 20)
                .order(5, ADMIN, "立即清退超量产品，40日内完成实体分隔", 40)
                .progress(35, ADMIN, "超量产品已清退，分隔墙尚未砌筑"));
        all.add(story("二居", ADMIN, 45, "PUBLIC_HOUSING", PEOPLE, GENERAL, INSPECTION, "滨河路8号D级危房",
                "经鉴定为D级危房，仍有1户2人居住")
                .register(1, ADMIN, "二居", "动员住户搬离，设置警示围挡", 2000, 10)
                .order(3, ADMIN, "30日内动员住户全部搬离", 30)
                .progress(20, ADMIN, "已多次上门动员，住户暂不同意搬离"));
        all.add(story("白云寺村", OFFICER, 25, "FLOOD", ENVIRONMENT, GENERAL, PATROL, "2组排洪沟",
                "排洪沟被垃圾和淤泥堵塞约50米，强降雨时有内涝风险")
                .register(1, ADMIN, "白云寺村", "组织清淤，设置垃圾拦网", 4000, 7)
                .order(2, ADMIN, "20日内完成清淤", 20)
                .progress(10, OFFICER, "已清淤约30米"));
        all.add(story("东溪镇供销合作社", ADMIN, 40, "HAZARDOUS_CHEMICALS", MANAGEMENT, MAJOR, INSPECTION, "供销社农资仓库",
                "农药与化肥混存，仓库无通风和防爆灯具，农药超量储存约3吨")
                .treatmentPlan("一、10日内清退超量农药，分区分类存放；二、加装机械通风和防爆灯具；三、建立出入库台账和双人双锁管理；"
                        + "四、整改期间专人值守，每日巡查。")
                .register(1, ADMIN, "东溪镇供销合作社", "清退超量农药，分区存放，加装通风和防爆设施", 60000, 60)
                .district(2, ADMIN)
                .order(4, ADMIN, "60日内完成仓库改造，超量农药10日内清退", 60)
                .progress(12, ADMIN, "超量农药已清退，分区存放完成")
                .progress(30, ADMIN, "通风和防爆灯具安装中"));
        all.add(story("一居", OFFICER2, 12, "PUBLIC_GATHERINGS", MANAGEMENT, GENERAL, PATROL, "社区老年活动中心",
                "安全出口上锁，疏散指示标志不亮")
                .register(1, ADMIN, "一居", "打开安全出口，更换疏散指示标志", 600, 10)
                .order(2, ADMIN, "15日内整改", 15));
        all.add(story("经发办", OFFICE_HEAD, 15, "SPECIAL_EQUIPMENT", PEOPLE, GENERAL, INSPECTION, "工业园区机械厂",
                "叉车年检过期，司机无证操作")
                .register(1, OFFICE_HEAD, "经发办", "督促企业年检，司机培训取证", 1500, 20)
                .order(2, OFFICE_HEAD, "20日内完成", 20));
        all.add(story("白云寺村", OFFICER, 18, "GEOLOGICAL_HAZARD", ENVIRONMENT, GENERAL, PATROL, "5组堰塘坎",
                "堰塘坎出现裂缝并有渗水")
                .register(1, OFFICE_HEAD2, "白云寺村", "降低水位，设置监测点，实施坎体加固", 15000, 30)
                .order(2, OFFICE_HEAD2, "降低水位并加强监测，30日内完成加固", 30)
                .progress(10, OFFICER, "水位已降低，每日监测裂缝无扩展"));

        // ---- registered, no order yet ----------------------------------------------------------------
        all.add(story("农业服务中心", ADMIN, 22, "FOREST_FIRE", MANAGEMENT, GENERAL, INSPECTION, "青龙山林区",
                "林区防火通道被倒木阻断约200米，瞭望塔无人值守")
                .register(2, ADMIN, "农业服务中心", "清理防火通道，落实瞭望塔值守", 5000, 10));
        all.add(story("红岩村", OFFICE_HEAD2, 8, "GEOLOGICAL_HAZARD", ENVIRONMENT, GENERAL, INSPECTION, "红岩村3组农房后切坡",
                "农房后切坡高约6米，坡面有小规模垮塌")
                .register(2, OFFICE_HEAD2, "红岩村", "修建挡土墙，雨天组织住户避让", 30000, 45));
        all.add(story("太平村", ADMIN, 6, "FLOOD", ENVIRONMENT, MAJOR, INSPECTION, "太平水库大坝",
                "大坝背水坡出现两处渗水点，溢洪道被杂物堵塞")
                .treatmentPlan("一、立即降低库水位运行并清理溢洪道；二、委托有资质单位开展大坝安全鉴定；三、按鉴定结论实施除险加固；"
                        + "四、汛期落实24小时值守和下游群众转移预案。")
                .register(2, ADMIN, "太平村", "降低库水位运行，清理溢洪道，委托安全鉴定并实施除险加固", 1200000, 90));
        all.add(story("东溪镇供销合作社", OFFICE_HEAD, 10, "INDUSTRY_TRADE", THINGS, GENERAL, INSPECTION, "供销社粮油加工车间",
                "粉碎机急停按钮失效，车间内粉尘堆积")
                .register(3, OFFICE_HEAD, "东溪镇供销合作社", "修复急停装置，清理积尘", 1200, 15));

        // ---- just found --------------------------------------------------------------------------------
        all.add(story("白云寺村", OFFICER, 3, "FIRE", THINGS, GENERAL, PATROL, "村委会会议室",
                "灭火器压力不足，应急照明灯不亮"));
        all.add(story("一居", OFFICER2, 2, "GAS", PEOPLE, GENERAL, PATROL, "老街小吃店",
                "液化气钢瓶放在灶台下方，通风不良"));
        all.add(story("太平村", OFFICE_HEAD2, 1, "CONSTRUCTION", MANAGEMENT, GENERAL, INSPECTION, "太平村村道硬化施工段",
                "施工路段未设置警示标志和夜间警示灯"));
        all.add(story("二居", OFFICE_HEAD, 4, "SPECIAL_EQUIPMENT", THINGS, GENERAL, INSPECTION, "滨河路商住楼电梯",
                "电梯近一月两次困人，维保记录缺失").noPhoto());
        all.add(story("东溪镇卫生院", ADMIN, 2, "FIRE", THINGS, GENERAL, INSPECTION, "卫生院住院部",
                "室内消火栓水压不足，部分灭火器过期"));
        return all;
    }

    private static HazardStory story(String unit, DemoData.Account reporter, int foundDaysAgo, String sector, CauseCategory cause,
                                     HazardGrade grade, HazardSource source, String place, String description) {
        return new HazardStory(unit, reporter, foundDaysAgo, sector, cause, grade, source, place, description);
    }
}
