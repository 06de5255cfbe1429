package com.anjian.bench;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hazards spread over a town's units, sectors and the years of the scale, in the states real towns
 * show: nearly all older ones closed (each with its close-out entry), a few percent past their
 * deadline and escalated, recent ones at every step, a handful major. Each has the timeline of the
 * steps its state implies. Serials continue the town's yearly counters, which are moved past them.
 */
final class HazardsGenerator implements Generator {

    private static final String[] PLACES = {"村道", "桥梁", "农贸市场", "学校周边", "加油站", "山塘水库", "自建房", "液化气站", "厂房", "仓库",
            "养老院", "集镇街道", "河道", "边坡", "工地"};
    private static final String[] PROBLEMS = {"护栏缺失，夜间无照明", "消防通道被占用", "灭火器过期未更换", "电线私拉乱接", "边坡有落石迹象",
            "警示标志缺失", "液化气瓶存放不规范", "安全出口上锁", "脚手架未验收", "排水沟堵塞"};
    private static final String[] MEASURES = {"设置护栏和警示灯", "清理通道并设置禁停标志", "更换灭火器", "重新敷设线路", "设置警示并清危"};
    private static final String[] CAUSES = {"PEOPLE", "THINGS", "THINGS", "MANAGEMENT"};
    private static final String[] SOURCES = {"INSPECTION", "PATROL", "PATROL", "SELF_CHECK"};

    @Override
    public String name() {
        return "hazards, timelines, close-outs, escalations";
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        seed.firstHazardId = seed.nextId("hazard");
        Map<String, Integer> counters = counters(seed);
        long rows = 0;
        try (BulkInsert hazards = new BulkInsert(seed.connection, "hazard", "id", "town_id", "serial", "unit_id", "reporting_unit_id",
                "place", "description", "sector_code", "cause_category", "grade", "source", "found_by", "found_on", "reported_by", "state",
                "responsible_unit_id", "responsible_person", "measures", "funds", "deadline", "order_content", "order_deadline",
                "order_issued_by", "completed_on", "rectified_by", "verified_by", "verifier_name", "verified_on", "closed_at", "closed_by",
                "district_reported_at", "district_reported_by", "escalation_level", "version", "created_at", "updated_at");
             BulkInsert events = new BulkInsert(seed.connection, "hazard_event", "id", "hazard_id", "action", "from_state", "to_state",
                     "actor", "actor_name", "at", "occurred_on", "note");
             BulkInsert closeouts = new BulkInsert(seed.connection, "closeout_entry", "id", "town_id", "hazard_id", "closeout_no",
                     "closed_at", "closed_by", "closing_unit_id", "closed_by_name");
             BulkInsert escalations = new BulkInsert(seed.connection, "hazard_escalation", "id", "hazard_id", "level", "days_overdue",
                     "raised_at")) {
            // hazard ids are handed out here, so the first was taken above
            long hazardId = seed.firstHazardId - 1;
            int span = (int) ChronoUnit.DAYS.between(seed.firstDay(), seed.today);
            for (SeedContext.TownSeed town : seed.towns) {
                List<SeedContext.UnitSeed> offices = town.offices();
                SeedContext.UnitSeed closer = offices.isEmpty() ? town.units.get(0) : offices.get(0);
                town.firstHazardId = hazardId + 1;
                for (long n = 0; n < seed.scale.hazardsPerTown(town.demo); n++) {
                    hazardId++;
                    SeedContext.UnitSeed unit = seed.pick(town.units);
                    SeedContext.UnitSeed reporting = seed.random.nextInt(4) == 0 && !offices.isEmpty() ? seed.pick(offices) : unit;
                    String sector = !unit.sectors().isEmpty() && seed.random.nextBoolean() ? seed.pick(unit.sectors())
                            : TownsGenerator.SECTORS.get(Math.min(seed.random.nextInt(TownsGenerator.SECTORS.size() * 2), TownsGenerator.SECTORS.size() - 1));
                    LocalDate found = seed.today.minusDays(1 + seed.random.nextInt(span));
                    long age = ChronoUnit.DAYS.between(found, seed.today);
                    String state = state(seed, age);
                    boolean major = seed.random.nextInt(400) == 0;
                    int year = found.getYear();
                    String serial = String.format("YH%d-%04d", year, counters.merge(town.id + "/YH/" + year, 1, Integer::sum));
                    String place = unit.name() + PLACES[seed.random.nextInt(PLACES.length)] + "第" + (1 + seed.random.nextInt(40)) + "处";
                    String description = PROBLEMS[seed.random.nextInt(PROBLEMS.length)] + "，需限期整改（" + serial + "）";
                    String measures = MEASURES[seed.random.nextInt(MEASURES.length)];
                    LocalDateTime reported = found.atTime(8 + seed.random.nextInt(9), seed.random.nextInt(60));
                    boolean registered = !state.equals("FOUND");
                    boolean ordered = registered && !state.equals("REGISTERED");
                    boolean overdue = state.equals("RECTIFYING") && age >= 2 && (age > 45 || seed.random.nextInt(3) > 0);
                    // overdue: the deadline passed; open and not overdue: it lies ahead; done: after the work
                    LocalDate deadline = overdue ? found.plusDays(1 + seed.random.nextInt((int) Math.min(30, age - 1)))
                            : state.equals("CLOSED") || state.equals("VERIFIED") ? found.plusDays(15 + seed.random.nextInt(30))
                            : seed.today.plusDays(1 + seed.random.nextInt(30));
                    boolean done = state.equals("VERIFIED") || state.equals("CLOSED");
                    LocalDate completed = done ? found.plusDays(Math.min(age - 1, 3 + seed.random.nextInt(12))) : null;
                    LocalDate verified = done ? min(completed.plusDays(1 + seed.random.nextInt(3)), seed.today.minusDays(1)) : null;
                    LocalDateTime closedAt = state.equals("CLOSED") ? verified.atTime(16, 0).plusMinutes(seed.random.nextInt(120)) : null;
                    String verifier = done ? "验收人" + (1 + seed.random.nextInt(9)) : null;
                    LocalDateTime last = closedAt != null ? closedAt : verified != null ? verified.atTime(11, 0)
                            : ordered ? reported.plusDays(1) : registered ? reported.plusHours(2) : reported;
                    hazards.add(hazardId, town.id, serial, unit.id(), reporting.id(), place, description, sector,
                            CAUSES[seed.random.nextInt(CAUSES.length)], major ? "MAJOR" : "GENERAL", SOURCES[seed.random.nextInt(SOURCES.length)],
                            "巡查员" + (1 + seed.random.nextInt(20)), found, "bench", state,
                            registered ? unit.id() : null, registered ? "责任人" + (1 + seed.random.nextInt(30)) : null, registered ? measures : null,
                            registered ? BigDecimal.valueOf(100L * (1 + seed.random.nextInt(50)), 0) : null, registered ? deadline : null,
                            ordered ? "限期整改：" + measures : null, ordered ? deadline : null, ordered ? "bench" : null,
                            completed, done ? "bench" : null, done ? "bench" : null, verifier, verified, closedAt, closedAt == null ? null : "bench",
                            major && registered ? reported.plusDays(1) : null, major && registered ? "bench" : null, overdue ? 1 : 0, 0,
                            reported, last);
                    events.add(seed.nextId("hazard_event"), hazardId, "REPORT", null, "FOUND", "bench", "基准", reported, null, null);
                    if (registered) {
                        events.add(seed.nextId("hazard_event"), hazardId, "REGISTER", "FOUND", "REGISTERED", "bench", "基准", reported.plusHours(2), null, null);
                    }
                    if (ordered) {
                        events.add(seed.nextId("hazard_event"), hazardId, "ORDER", "REGISTERED", "RECTIFYING", "bench", "基准", reported.plusDays(1), null,
                                "限期整改：" + measures);
                    }
                    if (done) {
                        events.add(seed.nextId("hazard_event"), hazardId, "COMPLETE", "RECTIFYING", "RECTIFYING", "bench", "基准",
                                completed.atTime(10, 0), completed, null);
                        events.add(seed.nextId("hazard_event"), hazardId, "VERIFY", "RECTIFYING", "VERIFIED", "bench", verifier,
                                verified.atTime(11, 0), verified, null);
                    }
                    if (closedAt != null) {
                        events.add(seed.nextId("hazard_event"), hazardId, "CLOSE", "VERIFIED", "CLOSED", "bench", "基准", closedAt, null, null);
                        String closeoutNo = String.format("XH%d-%04d", closedAt.getYear(),
                                counters.merge(town.id + "/XH/" + closedAt.getYear(), 1, Integer::sum));
                        closeouts.add(seed.nextId("closeout_entry"), town.id, hazardId, closeoutNo, closedAt, "bench", closer.id(), "基准");
                    }
                    if (overdue) {
                        long days = ChronoUnit.DAYS.between(deadline, seed.today);
                        escalations.add(seed.nextId("hazard_escalation"), hazardId, 1, days, deadline.plusDays(1).atTime(7, 30));
                    }
                }
                town.lastHazardId = hazardId;
            }
            hazards.flush();
            events.flush();
            closeouts.flush();
            escalations.flush();
            rows += hazards.written() + events.written() + closeouts.written() + escalations.written();
        }
        // only the counters the seed moved (the map also holds every other town's)
        for (Map.Entry<String, Integer> counter : counters.entrySet()) {
            String[] key = counter.getKey().split("/");
            if (seed.towns.stream().noneMatch(t -> t.id == Long.parseLong(key[0]))) {
                continue;
            }
            rows += seed.execute("INSERT INTO town_counter (town_id, name, year, value) VALUES (?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE value = GREATEST(value, VALUES(value))",
                    Long.parseLong(key[0]), key[1], Integer.parseInt(key[2]), counter.getValue()) > 0 ? 1 : 0;
        }
        return rows;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A hazard's state by its age: old ones closed but a few; recent ones at every step. */
    private static String state(SeedContext seed, long age) {
        int r = seed.random.nextInt(100);
        if (age > 90) {
            return r < 97 ? "CLOSED" : r < 99 ? "RECTIFYING" : "VERIFIED";
        }
        if (age > 30) {
            return r < 70 ? "CLOSED" : r < 85 ? "RECTIFYING" : r < 95 ? "VERIFIED" : "REGISTERED";
        }
        return r < 20 ? "CLOSED" : r < 50 ? "RECTIFYING" : r < 60 ? "VERIFIED" : r < 80 ? "REGISTERED" : "FOUND";
    }

    /** The towns' counters as they stand (the demo town's own hazards hold the first numbers). */
    private static Map<String, Integer> counters(SeedContext seed) throws SQLException {
        Map<String, Integer> counters = new HashMap<>();
        try (PreparedStatement statement = seed.connection.prepareStatement("SELECT town_id, name, year, value FROM town_counter");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counters.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getInt(4));
            }
        }
        return counters;
    }
}
