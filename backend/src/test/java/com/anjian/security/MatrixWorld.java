package com.anjian.security;

import com.anjian.common.time.BusinessClock;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import com.anjian.support.Api;
import com.anjian.support.BadTokens;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.SecondTown;
import com.anjian.support.StrayAccounts;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the authorisation matrix points at, in both towns: units, people, the two "sides" of
 * each town with a reference hazard (and its photo), hazards in the state a step needs (shared by the
 * identities that must be refused, fresh for each one that must succeed), ledgers of the current month
 * in the state an action needs, and notifications addressed to units and towns. Everything is made
 * through the API as the town's admin or the side's village officer, except notifications, which are
 * raised with the notification service the way the application raises them.
 */
final class MatrixWorld {

    static final String TOWN_A = "东溪镇";
    static final String TOWN_B = SecondTown.NAME;
    private static final String TOWN_A_CODE = "500110109";

    /** Who in each town is the representative person of a unit (a person "of that unit"). */
    private static final Map<String, Map<String, String>> REPRESENTATIVES = Map.of(
            TOWN_A, Map.of("应急办", "admin", "党政办公室", "leader", "经发办", "officehead", "规划自然资源所", "officehead2",
                    "白云寺村", "officer", "一居", "officer2"),
            TOWN_B, Map.of(SecondTown.EMERGENCY_OFFICE, SecondTown.ADMIN, SecondTown.OFFICE, SecondTown.OFFICE_HEAD,
                    SecondTown.VILLAGE, SecondTown.OFFICER, SecondTown.VILLAGE2, SecondTown.OFFICER2));

    /** A village with the sector of its hazards, who reports them and who reports their rectification done. */
    record Side(String town, int number, long villageId, String sector, String villageOfficer) {
    }

    /** The state a step needs its hazard in. */
    enum Stage { FOUND, REGISTERED, MAJOR_REGISTERED, RECTIFYING, COMPLETED, VERIFIED }

    static final class HazardRef {
        final long id;
        final long photoId;
        final String town;
        long version;

        HazardRef(long id, long photoId, String town, long version) {
            this.id = id;
            this.photoId = photoId;
            this.town = town;
            this.version = version;
        }
    }

    final LocalDate today;
    final String month;
    private final Map<String, Long> townIds = new HashMap<>();
    private final Map<String, Map<String, Long>> units = new HashMap<>();
    private final Map<String, Side[]> sides = new HashMap<>();
    private final Map<Side, HazardRef> references = new HashMap<>();
    private final Map<String, HazardRef> shared = new HashMap<>();
    private final Map<String, Long> notifications = new HashMap<>();

    private MatrixWorld() {
        today = Arc.container().instance(BusinessClock.class).get().today();
        month = today.toString().substring(0, 7);
    }

    static MatrixWorld build() {
        MatrixWorld world = new MatrixWorld();
        SecondTown b = SecondTown.ensure();
        StrayAccounts.ensure();
        BadTokens.expired();

        long townA = Db.count("SELECT id FROM town WHERE code = ?", TOWN_A_CODE);
        world.townIds.put(TOWN_A, townA);
        Map<String, Long> unitsA = new HashMap<>();
        for (String name : REPRESENTATIVES.get(TOWN_A).keySet()) {
            unitsA.put(name, Db.count("SELECT id FROM unit WHERE town_id = ? AND name = ?", townA, name));
        }
        world.units.put(TOWN_A, unitsA);
        world.townIds.put(TOWN_B, b.townId());
        world.units.put(TOWN_B, Map.of(SecondTown.EMERGENCY_OFFICE, b.emergencyOfficeId(), SecondTown.OFFICE, b.officeId(),
                SecondTown.VILLAGE, b.villageId(), SecondTown.VILLAGE2, b.village2Id()));

        world.sides.put(TOWN_A, new Side[]{
                new Side(TOWN_A, 1, unitsA.get("白云寺村"), "GAS", "officer"),
                new Side(TOWN_A, 2, unitsA.get("一居"), "GEOLOGICAL_HAZARD", "officer2")});
        world.sides.put(TOWN_B, new Side[]{
                new Side(TOWN_B, 1, b.villageId(), "GAS", SecondTown.OFFICER),
                new Side(TOWN_B, 2, b.village2Id(), "FIRE", SecondTown.OFFICER2)});

        // Every unit whose ledger the matrix touches has a hazard this month, so a real unit's
        // ledger is never a nil return and its submission body is always the same.
        for (String town : List.of(TOWN_A, TOWN_B)) {
            for (Map.Entry<String, Long> unit : world.units.get(town).entrySet()) {
                long found = Db.count("SELECT COUNT(*) FROM hazard WHERE (unit_id = ? OR reporting_unit_id = ?) AND found_on >= ?",
                        unit.getValue(), unit.getValue(), world.today.withDayOfMonth(1));
                if (found == 0) {
                    Api.as(adminOf(town)).body(world.hazardInput(unit.getValue(), "FIRE", null)).post("/api/v1/hazards")
                            .then().statusCode(201);
                }
            }
        }
        return world;
    }

    // ------------------------------------------------------------------ towns and units

    static String adminOf(String town) {
        return TOWN_A.equals(town) ? "admin" : SecondTown.ADMIN;
    }

    long townId(String town) {
        return townIds.get(town);
    }

    long unit(String town, String name) {
        Long id = units.get(town).get(name);
        if (id == null) {
            throw new IllegalArgumentException("no unit " + name + " in " + town);
        }
        return id;
    }

    String townOf(Identity who, Target target) {
        return target == Target.XTOWN ? who.otherTown() : who.town;
    }

    String unitName(Identity who, Target target) {
        return switch (target) {
            case OWN -> who.unitName;
            case OTHER -> who.otherUnitName;
            case XTOWN -> TOWN_A.equals(who.otherTown()) ? "白云寺村" : SecondTown.VILLAGE;
        };
    }

    long unitId(Identity who, Target target) {
        return unit(townOf(who, target), unitName(who, target));
    }

    /** An office created now by the town's admin: a throw-away unit for a write that must succeed. */
    long freshOffice(String town) {
        return Api.as(adminOf(town)).body(Map.of("kind", "OFFICE", "name", Fixtures.unique("矩阵临时办")))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The unit's fields as an update body, read by the town's admin. */
    Map<String, Object> unitInput(String town, long unitId) {
        Map<String, Object> unit = Api.as(adminOf(town)).get("/api/v1/units/" + unitId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> input = new HashMap<>();
        for (String field : List.of("kind", "code", "name", "enforcementPowers", "sectors", "active", "version")) {
            input.put(field, unit.get(field));
        }
        return input;
    }

    // ------------------------------------------------------------------ people

    long person(Identity who, Target target) {
        if (target == Target.OWN && who.login != null) {
            List<Long> own = Db.longs("SELECT id FROM person WHERE login = ?", who.login);
            if (!own.isEmpty()) {
                return own.get(0);
            }
        }
        String login = REPRESENTATIVES.get(townOf(who, target)).get(unitName(who, target));
        return Db.count("SELECT id FROM person WHERE login = ?", login);
    }

    long freshPerson(String town, long unitId) {
        return Api.as(adminOf(town)).body(Map.of("unitId", unitId, "name", Fixtures.unique("矩阵临时人员")))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> personInput(String town, long personId) {
        Map<String, Object> person = Api.as(adminOf(town)).get("/api/v1/people/" + personId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> input = new HashMap<>();
        for (String field : List.of("unitId", "name", "position", "phone", "login", "active", "version")) {
            input.put(field, person.get(field));
        }
        return input;
    }

    // ------------------------------------------------------------------ hazards

    Side side(String town, int number) {
        return sides.get(town)[number - 1];
    }

    Side side(Identity who, Target target) {
        return switch (target) {
            case OWN -> side(who.town, who.side);
            case OTHER -> side(who.town, 3 - who.side);
            case XTOWN -> side(who.otherTown(), 1);
        };
    }

    /** The side's reference hazard, reported (with a photo) once per run and never taken further. */
    synchronized HazardRef reference(Side side) {
        return references.computeIfAbsent(side, s -> report(s, Hazards.photo(s.villageOfficer())));
    }

    /** A hazard in the stage, shared by the identities whose step must be refused (so it stays as it is). */
    synchronized HazardRef shared(Side side, Stage stage) {
        return shared.computeIfAbsent(side.town() + side.number() + stage, key -> hazard(side, stage));
    }

    /** The shared hazard changed (a step succeeded on it): the next caller gets a new one. */
    synchronized void spoilShared(Side side, Stage stage) {
        shared.remove(side.town() + side.number() + stage);
    }

    /**
     * A new hazard of the side taken to the stage: reported by the side's village officer, registered
     * and ordered by the town's admin, reported done by the village officer (so anyone else may verify
     * it), verified by the admin (with the photo a verification needs).
     */
    HazardRef hazard(Side side, Stage stage) {
        HazardRef hazard = report(side, null);
        if (stage == Stage.FOUND) {
            return hazard;
        }
        String admin = adminOf(side.town());
        advance(hazard, admin, "register", registerInput(hazard.version, side.villageId(), stage == Stage.MAJOR_REGISTERED));
        if (stage == Stage.REGISTERED || stage == Stage.MAJOR_REGISTERED) {
            return hazard;
        }
        advance(hazard, admin, "order", orderInput(hazard.version));
        if (stage == Stage.RECTIFYING) {
            return hazard;
        }
        advance(hazard, side.villageOfficer(), "complete", completeInput(hazard.version));
        if (stage == Stage.COMPLETED) {
            return hazard;
        }
        advance(hazard, admin, "verify", verifyInput(hazard.version, List.of(Hazards.photo(admin))));
        return hazard;
    }

    private HazardRef report(Side side, Long photo) {
        Response reported = Api.as(side.villageOfficer()).body(hazardInput(side.villageId(), side.sector(), photo))
                .post("/api/v1/hazards");
        reported.then().statusCode(201);
        return new HazardRef(reported.jsonPath().getLong("summary.id"), photo == null ? 0 : photo, side.town(),
                reported.jsonPath().getLong("summary.version"));
    }

    private static void advance(HazardRef hazard, String user, String step, Map<String, Object> body) {
        Response response = Api.as(user).body(body).post("/api/v1/hazards/" + hazard.id + "/" + step);
        response.then().statusCode(200);
        hazard.version = response.jsonPath().getLong("summary.version");
    }

    Map<String, Object> hazardInput(long unitId, String sector, Long photo) {
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", unitId);
        input.put("place", "矩阵测试点");
        input.put("description", Fixtures.unique("矩阵测试隐患"));
        input.put("sectorCode", sector);
        input.put("causeCategory", "THINGS");
        input.put("grade", "GENERAL");
        input.put("source", "PATROL");
        input.put("foundOn", today.toString());
        if (photo != null) {
            input.put("attachmentIds", List.of(photo));
        }
        return input;
    }

    Map<String, Object> registerInput(long version, long responsibleUnitId, boolean major) {
        Map<String, Object> input = new HashMap<>();
        input.put("version", version);
        input.put("grade", major ? "MAJOR" : "GENERAL");
        input.put("responsibleUnitId", responsibleUnitId);
        input.put("responsiblePerson", "李明");
        input.put("measures", "移至安全位置");
        input.put("funds", 100);
        input.put("deadline", today.plusDays(10).toString());
        input.put("contingencyPlan", "设置警示标志");
        if (major) {
            input.put("treatmentPlan", "专项治理方案");
        }
        return input;
    }

    Map<String, Object> orderInput(long version) {
        return Map.of("version", version, "content", "限期整改", "deadline", today.plusDays(10).toString());
    }

    Map<String, Object> completeInput(long version) {
        return Map.of("version", version, "completedOn", today.toString());
    }

    static Map<String, Object> verifyInput(long version, List<Long> photos) {
        return Map.of("version", version, "passed", true, "attachmentIds", photos);
    }

    // ------------------------------------------------------------------ ledgers

    String ledgerPath(long unitId) {
        return "/api/v1/units/" + unitId + "/ledgers/" + month;
    }

    /** The ledger's version, after making sure it may be submitted or imported into (draft or returned). */
    long editableLedger(String town, long unitId) {
        Map<String, Object> ledger = ledger(town, unitId);
        long version = ((Number) ledger.get("version")).longValue();
        return switch ((String) ledger.get("state")) {
            case "DRAFT", "RETURNED" -> version;
            case "SUBMITTED" -> Api.as(adminOf(town)).body(Map.of("version", version, "reason", "矩阵测试：退回以便再次报送"))
                    .post(ledgerPath(unitId) + "/return").then().statusCode(200).extract().jsonPath().getLong("version");
            default -> throw new IllegalStateException("ledger " + ledgerPath(unitId) + " is " + ledger.get("state")
                    + ": the matrix never accepts a real unit's ledger; was it accepted by hand?");
        };
    }

    /** The ledger's version, after making sure it is submitted (so it may be returned or accepted). */
    long submittedLedger(String town, long unitId, boolean nilReturn) {
        Map<String, Object> ledger = ledger(town, unitId);
        long version = ((Number) ledger.get("version")).longValue();
        return switch ((String) ledger.get("state")) {
            case "SUBMITTED" -> version;
            case "DRAFT", "RETURNED" -> Api.as(adminOf(town)).body(Map.of("version", version, "nilReturn", nilReturn))
                    .post(ledgerPath(unitId) + "/submit").then().statusCode(200).extract().jsonPath().getLong("version");
            default -> throw new IllegalStateException("ledger " + ledgerPath(unitId) + " is " + ledger.get("state"));
        };
    }

    private Map<String, Object> ledger(String town, long unitId) {
        return Api.as(adminOf(town)).get(ledgerPath(unitId)).then().statusCode(200).extract().jsonPath().getMap("");
    }

    // ------------------------------------------------------------------ notifications

    /** A notification addressed to the unit (or, with no unit, to everyone in the town), raised once per run. */
    synchronized long notification(String town, Long unitId) {
        return notifications.computeIfAbsent(town + "/" + unitId, key -> {
            String marker = Fixtures.unique("矩阵通知");
            long townId = townId(town);
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(NotificationService.class).get()
                    .raise(townId, unitId, null, Notification.Kind.HAZARD_ASSIGNED, Notification.Severity.INFO, null,
                            Map.of("serial", marker, "place", "矩阵测试点", "unit", town)));
            return Db.count("SELECT MAX(id) FROM notification WHERE town_id = ? AND params LIKE ?", townId, "%" + marker + "%");
        });
    }

    long notification(Identity who, Target target) {
        return switch (target) {
            case OWN -> notification(who.town, who.kind.isPerson() ? unitId(who, target) : null);
            case OTHER -> notification(who.town, unitId(who, target));
            case XTOWN -> notification(who.otherTown(), null);
        };
    }
    // ------------------------------------------------------------------ checklists and inspections

    private final Map<String, Long> checklists = new HashMap<>();
    private final Map<Side, Long> inspections = new HashMap<>();

    /** The office of the town that keeps its GAS checklist and inspects side 1 (经发办 in both towns). */
    long gasOffice(String town) {
        return unit(town, TOWN_A.equals(town) ? "经发办" : SecondTown.OFFICE);
    }

    /** A checklist body: GAS kept by the town's 经发办 when {@code office}, else FIRE kept by the emergency office. */
    Map<String, Object> checklistInput(Long ownerUnitId, String sector) {
        Map<String, Object> input = new HashMap<>();
        input.put("sectorCode", sector);
        input.put("title", Fixtures.unique("矩阵检查表"));
        input.put("ownerUnitId", ownerUnitId);
        input.put("items", List.of(
                Map.of("text", "是否建立安全生产责任制", "legalBasis", "《中华人民共和国安全生产法》第二十二条", "violation", true),
                Map.of("text", "燃气管道是否有明显标识", "legalBasis", "《城镇燃气管理条例》第三十六条", "violation", false)));
        return input;
    }

    /** Kept by the town's 经发办 (GAS) when {@code office}, else by its emergency office (FIRE). */
    long newChecklist(String town, boolean office) {
        return Api.as(adminOf(town)).body(checklistInput(office ? gasOffice(town) : null, office ? "GAS" : "FIRE"))
                .post("/api/v1/checklists").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The town's shared checklist of that kind, made once per run. */
    synchronized long checklist(String town, boolean office) {
        return checklists.computeIfAbsent(town + office, key -> newChecklist(town, office));
    }

    /** own: the 经发办's GAS checklist of the caller's town; other: the emergency office's FIRE one; xtown: the other town's GAS one. */
    long checklist(Identity who, Target target) {
        return switch (target) {
            case OWN -> checklist(who.town, true);
            case OTHER -> checklist(who.town, false);
            case XTOWN -> checklist(who.otherTown(), true);
        };
    }

    long checklistVersion(String town, long checklistId) {
        return Api.as(adminOf(town)).get("/api/v1/checklists/" + checklistId).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** Who inspects the side: 东溪镇 side 1 经发办 (officehead), side 2 规划自然资源所 (officehead2); 石角镇 经发办, 应急办. */
    String inspector(Side side) {
        if (TOWN_A.equals(side.town())) {
            return side.number() == 1 ? "officehead" : "officehead2";
        }
        return side.number() == 1 ? SecondTown.OFFICE_HEAD : SecondTown.ADMIN;
    }

    long inspectingOffice(Side side) {
        if (TOWN_A.equals(side.town())) {
            return unit(TOWN_A, side.number() == 1 ? "经发办" : "规划自然资源所");
        }
        return unit(TOWN_B, side.number() == 1 ? SecondTown.OFFICE : SecondTown.EMERGENCY_OFFICE);
    }

    /** An office of the caller's town other than the caller's own (for an inspection in another office's name). */
    long otherOffice(Identity who) {
        if (TOWN_A.equals(who.town)) {
            return unit(TOWN_A, "经发办".equals(who.unitName) ? "规划自然资源所" : "经发办");
        }
        return unit(TOWN_B, SecondTown.OFFICE.equals(who.unitName) ? SecondTown.EMERGENCY_OFFICE : SecondTown.OFFICE);
    }

    Map<String, Object> inspectionInput(long inspectingUnitId, long inspectedUnitId, long checklistId) {
        Map<String, Object> input = new HashMap<>();
        input.put("inspectingUnitId", inspectingUnitId);
        input.put("inspectedUnitId", inspectedUnitId);
        input.put("inspectedOn", today.toString());
        input.put("inspectors", List.of("刘洋", "周红"));
        input.put("checklistId", checklistId);
        input.put("place", "矩阵检查点");
        return input;
    }

    /** A new inspection of the side's village by the side's office, made by that office's head (石角镇 side 2: its admin). */
    long newInspection(Side side) {
        return Api.as(inspector(side)).body(inspectionInput(inspectingOffice(side), side.villageId(), checklist(side.town(), true)))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The side's shared inspection, made once per run and only ever refused changes. */
    synchronized long inspection(Side side) {
        return inspections.computeIfAbsent(side, this::newInspection);
    }

    /** The version of the inspection's item's result, or of the inspection itself when itemNo is 0, read by the town's admin. */
    long inspectionVersion(String town, long inspectionId, int itemNo) {
        io.restassured.path.json.JsonPath inspection = Api.as(adminOf(town)).get("/api/v1/inspections/" + inspectionId)
                .then().statusCode(200).extract().jsonPath();
        return itemNo == 0 ? inspection.getLong("version") : inspection.getLong("results[" + (itemNo - 1) + "].version");
    }

    /** Records the item's result as the side's inspector. */
    void recordResult(Side side, long inspectionId, int itemNo, String outcome) {
        Api.as(inspector(side)).body(Map.of("version", inspectionVersion(side.town(), inspectionId, itemNo), "outcome", outcome))
                .put("/api/v1/inspections/" + inspectionId + "/results/" + itemNo).then().statusCode(200);
    }
    // ------------------------------------------------------------------ inspection plans

    private final Map<Side, Long> plans = new HashMap<>();
    private final java.util.Random planPeriods = new java.util.Random();

    /** A monthly plan body for the office in a month no plan of the office has yet (2030 on, beyond real data). */
    Map<String, Object> planInput(long officeId) {
        while (true) {
            int year = 2030 + planPeriods.nextInt(70);
            int month = 1 + planPeriods.nextInt(12);
            if (Db.count("SELECT COUNT(*) FROM inspection_plan WHERE unit_id = ? AND year = ? AND kind = 'MONTHLY' AND month = ?",
                    officeId, year, month) == 0) {
                Map<String, Object> input = new HashMap<>();
                input.put("unitId", officeId);
                input.put("year", year);
                input.put("kind", "MONTHLY");
                input.put("month", month);
                input.put("title", Fixtures.unique("矩阵检查计划"));
                input.put("items", List.of(planItemInput(officeId, year, month)));
                return input;
            }
        }
    }

    Map<String, Object> planItemInput(long officeId, int year, int month) {
        Map<String, Object> item = new HashMap<>();
        item.put("targetUnitId", officeId);
        item.put("plannedMonth", String.format("%d-%02d", year, month));
        item.put("inspectors", List.of("刘洋"));
        return item;
    }

    /** A new plan of the side's inspecting office, made by its head (石角镇 side 2: its admin). */
    long newPlan(Side side) {
        return Api.as(inspector(side)).body(planInput(inspectingOffice(side))).post("/api/v1/inspection-plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    synchronized long plan(Side side) {
        return plans.computeIfAbsent(side, this::newPlan);
    }

    io.restassured.path.json.JsonPath planOf(String town, long planId) {
        return Api.as(adminOf(town)).get("/api/v1/inspection-plans/" + planId).then().statusCode(200).extract().jsonPath();
    }
    // ------------------------------------------------------------------ campaigns

    private final Map<String, Long> campaigns = new HashMap<>();

    /** A campaign body led by the office: GAS when it is the town's 经发办, else FIRE. */
    Map<String, Object> campaignInput(String town, long leadingUnitId) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", Fixtures.unique("矩阵专项整治"));
        input.put("sectorCode", leadingUnitId == gasOffice(town) ? "GAS" : "FIRE");
        input.put("startsOn", today.minusDays(10).toString());
        input.put("endsOn", today.plusDays(50).toString());
        input.put("leadingUnitId", leadingUnitId);
        input.put("goal", "矩阵测试");
        input.put("participatingUnitIds", List.of());
        return input;
    }

    long leadingOffice(String town, boolean office) {
        return office ? gasOffice(town) : unit(town, TOWN_A.equals(town) ? "应急办" : SecondTown.EMERGENCY_OFFICE);
    }

    long newCampaign(String town, boolean office) {
        return Api.as(adminOf(town)).body(campaignInput(town, leadingOffice(town, office))).post("/api/v1/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    synchronized long campaign(String town, boolean office) {
        return campaigns.computeIfAbsent(town + office, key -> newCampaign(town, office));
    }

    /** own: led by the caller's town's 经发办; other: by its emergency office; xtown: the other town's 经发办 one. */
    long campaign(Identity who, Target target) {
        return switch (target) {
            case OWN -> campaign(who.town, true);
            case OTHER -> campaign(who.town, false);
            case XTOWN -> campaign(who.otherTown(), true);
        };
    }

    // ------------------------------------------------------------------ enforcement cases

    private final Map<Side, Long> finishedInspections = new HashMap<>();
    private final Map<Side, Long> cases = new HashMap<>();

    /**
     * The office that conducts the side's cases: side 1 the town's 经发办 (GAS, like the side's hazards),
     * side 2 the town's emergency office (FIRE: 东溪镇's 规划自然资源所 holds no enforcement powers).
     */
    long caseOffice(Side side) {
        return side.number() == 1 ? gasOffice(side.town()) : unit(side.town(), TOWN_A.equals(side.town()) ? "应急办" : SecondTown.EMERGENCY_OFFICE);
    }

    /** Who conducts the side's cases: the 经发办's head on side 1, the town admin on side 2. */
    String caseConductor(Side side) {
        if (side.number() == 2) {
            return adminOf(side.town());
        }
        return TOWN_A.equals(side.town()) ? "officehead" : SecondTown.OFFICE_HEAD;
    }

    /** A new finished inspection of the side's village by the side's case office, item 1 (a violation) failed. */
    long newFinishedInspection(Side side) {
        String user = caseConductor(side);
        long id = Api.as(user).body(inspectionInput(caseOffice(side), side.villageId(), checklist(side.town(), side.number() == 1)))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int item = 1; item <= 2; item++) {
            Api.as(user).body(Map.of("version", inspectionVersion(side.town(), id, item), "outcome", item == 1 ? "FAIL" : "PASS"))
                    .put("/api/v1/inspections/" + id + "/results/" + item).then().statusCode(200);
        }
        Api.as(user).body(Map.of("version", inspectionVersion(side.town(), id, 0), "conclusion", "矩阵测试：发现违法行为"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(200);
        return id;
    }

    /** The side's shared finished inspection, made once per run (for opening requests that must be refused). */
    synchronized long finishedInspection(Side side) {
        return finishedInspections.computeIfAbsent(side, this::newFinishedInspection);
    }

    Map<String, Object> caseInput(long inspectionId, long officeUnitId) {
        return Map.of("inspectionId", inspectionId, "officeUnitId", officeUnitId, "facts", "矩阵测试：未建立安全生产责任制",
                "legalBasisViolated", "《中华人民共和国安全生产法》第二十二条");
    }

    /** A new case of the side, taken by its conductor through {@code steps} (each a path and a body without version). */
    long newCase(Side side, List<Map.Entry<String, Map<String, Object>>> steps) {
        String user = caseConductor(side);
        long id = Api.as(user).body(caseInput(newFinishedInspection(side), caseOffice(side))).post("/api/v1/enforcement-cases")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (Map.Entry<String, Map<String, Object>> step : steps) {
            Map<String, Object> body = new HashMap<>(step.getValue());
            body.put("version", caseVersion(side.town(), id));
            Api.as(user).body(body).post("/api/v1/enforcement-cases/" + id + "/" + step.getKey()).then().statusCode(200);
        }
        return id;
    }

    /** The side's shared case (INSPECTED), made once per run and only ever refused changes. */
    synchronized long enforcementCase(Side side) {
        return cases.computeIfAbsent(side, s -> newCase(s, List.of()));
    }

    long caseVersion(String town, long caseId) {
        return Api.as(adminOf(town)).get("/api/v1/enforcement-cases/" + caseId).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }
}
