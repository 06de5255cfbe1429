package com.anjian.demo;

import com.anjian.common.AnjianConfig;
import com.anjian.common.audit.AuditContext;
import com.anjian.common.security.Roles;
import com.anjian.person.Person;
import com.anjian.town.ApiClient;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitCodes;
import com.anjian.unit.UnitKind;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A town shaped like the one in the seed bulletin (东溪镇): its offices, villages, an enterprise and
 * a district unit, and one demo person per role whose login matches keycloak/anjian-realm.json.
 * Loaded once; a database that already has the town is left alone. Unless anjian.demo-data.history
 * is off, the town then gets a year of its history ({@link DemoHistory}).
 */
@ApplicationScoped
public class DemoData {

    public static final String TOWN_CODE = DemoTown.DONGXI.code();
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** A demo person who signs in: login and realm role as keycloak/anjian-realm.json has them. */
    public record Account(String login, String role, String unit, String name) {
        public Set<String> roles() {
            return Set.of(role);
        }
    }

    public static final Account ADMIN = new Account("admin", Roles.TOWN_ADMIN, "应急办", "王立新");
    public static final Account LEADER = new Account("leader", Roles.LEADER, "党政办公室", "张卫东");
    public static final Account OFFICE_HEAD = new Account("officehead", Roles.OFFICE_HEAD, "经发办", "刘洋");
    public static final Account OFFICE_HEAD2 = new Account("officehead2", Roles.OFFICE_HEAD, "规划自然资源所", "陈静");
    public static final Account OFFICER = new Account("officer", Roles.VILLAGE_OFFICER, "白云寺村", "赵大山");
    public static final Account OFFICER2 = new Account("officer2", Roles.VILLAGE_OFFICER, "一居", "孙丽");
    public static final List<Account> ACCOUNTS = List.of(ADMIN, LEADER, OFFICE_HEAD, OFFICE_HEAD2, OFFICER, OFFICER2);

    @Inject
    AnjianConfig config;

    @Inject
    AuditContext audit;

    @Inject
    DemoHistory history;

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData().enabled() || present(DemoTown.DONGXI)) {
            return;
        }
        if (!config.demoData().history()) {
            load(DemoTown.DONGXI);
            return;
        }
        long started = System.nanoTime();
        try {
            DemoHistory.Summary summary = history.seed(DemoTown.DONGXI);
            LOG.infof("demo history loaded in %.1f s: %s", (System.nanoTime() - started) / 1e9, summary);
        } catch (RuntimeException e) {
            // The app still serves what was made; `make clean-run` (a fresh database) makes it again.
            LOG.error("the demo town's history could not be loaded completely", e);
        }
    }

    @Transactional
    public boolean present(DemoTown spec) {
        return Town.findByCode(spec.code()).isPresent();
    }

    /** Makes the town, its units and people (at the business clock's now); nothing if it exists. */
    @Transactional
    public void load(DemoTown spec) {
        if (Town.findByCode(spec.code()).isPresent()) {
            return;
        }
        String code = spec.code();
        Town town = new Town();
        town.code = code;
        town.name = spec.name();
        town.districtName = "綦江区";
        town.persist();
        audit.town(town.id);

        List<Unit> units = List.of(
                unit(town, UnitKind.OFFICE, null, "应急办", true, "HAZARDOUS_CHEMICALS", "FIREWORKS", "FIRE", "FLOOD", "GEOLOGICAL_HAZARD"),
                unit(town, UnitKind.OFFICE, null, "党政办公室", false),
                unit(town, UnitKind.OFFICE, null, "平安办", false, "PUBLIC_GATHERINGS", "ROAD_TRAFFIC"),
                unit(town, UnitKind.OFFICE, null, "经发办", true, "INDUSTRY_TRADE", "SPECIAL_EQUIPMENT", "GAS"),
                unit(town, UnitKind.INSTITUTE, null, "规划自然资源所", true, "GEOLOGICAL_HAZARD", "CONSTRUCTION"),
                unit(town, UnitKind.STATION, null, "公房维修管理站", false, "PUBLIC_HOUSING"),
                unit(town, UnitKind.CENTRE, null, "农业服务中心", false, "AGRICULTURE", "FLOOD", "FOREST_FIRE"),
                unit(town, UnitKind.VILLAGE, code + "201", "白云寺村", false),
                unit(town, UnitKind.VILLAGE, code + "202", "太平村", false),
                unit(town, UnitKind.VILLAGE, code + "203", "红岩村", false),
                unit(town, UnitKind.COMMUNITY, code + "001", "一居", false),
                unit(town, UnitKind.COMMUNITY, code + "002", "二居", false),
                unit(town, UnitKind.ENTERPRISE, UnitCodes.withCheckCharacter("9150011020335A7K6"), "东溪镇供销合作社", false),
                unit(town, UnitKind.PUBLIC_INSTITUTION, UnitCodes.withCheckCharacter("12500110450932710"), "东溪镇卫生院", false, "FIRE"),
                unit(town, UnitKind.DISTRICT_UNIT, null, "东溪派出所", true, "ROAD_TRAFFIC", "FIREWORKS"));
        Map<String, Unit> byName = units.stream().collect(Collectors.toMap(u -> u.name, Function.identity()));

        person(byName.get("应急办"), "王立新", "应急办主任", "13800000001", spec.login(ADMIN.login()));
        person(byName.get("党政办公室"), "张卫东", "副镇长（分管安全生产）", "13800000002", spec.login(LEADER.login()));
        person(byName.get("经发办"), "刘洋", "经发办主任", "13800000003", spec.login(OFFICE_HEAD.login()));
        person(byName.get("经发办"), "周红", "经发办科员", "13800000013", null);
        person(byName.get("规划自然资源所"), "陈静", "规划自然资源所所长", "13800000004", spec.login(OFFICE_HEAD2.login()));
        person(byName.get("白云寺村"), "赵大山", "村安全员", "13800000005", spec.login(OFFICER.login()));
        person(byName.get("白云寺村"), "李明", "村党支部书记", "13800000015", null);
        person(byName.get("一居"), "孙丽", "社区安全员", "13800000006", spec.login(OFFICER2.login()));

        ApiClient client = new ApiClient();
        client.principal = spec.login("service-account-anjian-integration");
        client.name = "区应急局数据对接（示例）";
        client.town = town;
        client.persist();
        LOG.infof("demo data loaded: %s with %d units", town.name, units.size());
    }

    private Unit unit(Town town, UnitKind kind, String code, String name, boolean powers, String... sectors) {
        Unit unit = new Unit();
        unit.town = town;
        unit.kind = kind;
        unit.code = code;
        unit.name = name;
        unit.enforcementPowers = powers;
        unit.sectors.addAll(List.of(sectors));
        unit.persist();
        return unit;
    }

    private void person(Unit unit, String name, String position, String phone, String login) {
        Person person = new Person();
        person.unit = unit;
        person.name = name;
        person.position = position;
        person.phone = phone;
        person.login = login;
        person.persist();
    }
}
