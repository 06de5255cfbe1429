package com.anjian.bench;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checklists, inspections with their item results, and the enforcement cases opened from them with their
 * documents and history, as a district's offices with enforcement powers make them over the scale's
 * years: each office inspects the town's villages and enterprises against its sectors' checklists (8
 * items, the first two violations of law); about a third find a violation, most of those become a case,
 * and each case has gone as far along its chain as its dates allow by today (older ones penalised and
 * closed, some closed without penalty or withdrawn, a few orders never re-inspected and overdue). Serials
 * and document numbers continue the town's and offices' counters, which are moved past them.
 */
final class EnforcementGenerator implements Generator {

    private static final int ITEMS = 8;
    private static final String[] KINDS = {"ON_SITE_RECORD", "RECTIFICATION_ORDER", "REINSPECTION_OPINION", "PENALTY_NOTICE",
            "PENALTY_DECISION"};
    private static final String[] KIND_CODES = {"检记", "责改", "复查", "罚告", "罚决"};
    private static final String[] INSPECTORS = {"王伟,李娜", "张强,刘洋", "陈静,杨军,赵敏", "黄磊,周艳"};
    private static final String[] FACTS = {"未建立安全生产责任制", "特种作业人员未持证上岗", "燃气管道未设置明显标识", "安全出口上锁",
            "未按规定开展隐患排查", "危险化学品存放不规范"};

    @Override
    public String name() {
        return "checklists, inspections, results, enforcement cases, documents, events";
    }

    /** Inspections an office makes a year: a quarter of a unit's yearly hazards (at least 3). */
    static int inspectionsPerOfficeYear(BenchScale scale) {
        return Math.max(3, scale.hazardsPerUnitYear() / 4);
    }

    private record Office(long id, String name, List<Long> checklists, List<String> sectors) {
    }

    private record Planned(LocalDate on, Office office, int checklist) {
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        long rows = 0;
        Map<String, Integer> serials = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        LocalDateTime now = seed.today.atTime(9, 0);
        int span = (int) ChronoUnit.DAYS.between(seed.firstDay(), seed.today);
        try (BulkInsert checklists = new BulkInsert(seed.connection, "checklist", "id", "town_id", "sector_code", "title", "owner_unit_id",
                "active", "current_version_no", "version", "created_at", "updated_at");
             BulkInsert versions = new BulkInsert(seed.connection, "checklist_version", "id", "checklist_id", "version_no", "title",
                     "created_at", "created_by");
             BulkInsert items = new BulkInsert(seed.connection, "checklist_item", "id", "checklist_version_id", "item_no", "text",
                     "legal_basis", "violation");
             BulkInsert inspections = new BulkInsert(seed.connection, "inspection", "id", "town_id", "serial", "inspecting_unit_id",
                     "inspected_unit_id", "inspected_on", "inspectors", "inspector_count", "checklist_id", "checklist_version_no", "place",
                     "on_site_person", "conclusion", "state", "finished_at", "finished_by", "created_by", "version", "created_at", "updated_at");
             BulkInsert results = new BulkInsert(seed.connection, "inspection_result", "id", "inspection_id", "item_no", "outcome", "note",
                     "version");
             BulkInsert cases = new BulkInsert(seed.connection, "enforcement_case", "id", "town_id", "office_unit_id", "inspection_id",
                     "party_unit_id", "sector_code", "state", "opened_on", "facts", "legal_basis_violated", "persons_dispatched",
                     "order_content", "order_deadline", "ordered_on", "reinspected_on", "reinspection_finding", "reinspection_corrected",
                     "penalty_basis", "fine_amount", "notice_penalty_basis", "notice_fine_amount", "penalty_notified_on",
                     "penalty_decided_on", "fine_paid_on", "fine_receipt_no", "no_penalty_reason", "no_penalty_note", "withdrawn_reason",
                     "closed_on", "created_by", "version", "created_at", "updated_at");
             BulkInsert documents = new BulkInsert(seed.connection, "enforcement_document", "id", "case_id", "kind", "number", "seq",
                     "year", "issued_on", "created_by", "created_at");
             BulkInsert events = new BulkInsert(seed.connection, "enforcement_event", "id", "case_id", "action", "from_state", "to_state",
                     "at", "actor", "actor_name", "note")) {
            for (SeedContext.TownSeed town : seed.towns) {
                Set<Long> powers = powers(seed, town);
                List<SeedContext.UnitSeed> inspected = town.units.stream().filter(u -> !u.kind().equals("OFFICE")).toList();
                List<Office> offices = new ArrayList<>();
                for (SeedContext.UnitSeed unit : town.offices()) {
                    if (!powers.contains(unit.id()) || unit.sectors().isEmpty()) {
                        continue;
                    }
                    List<Long> ids = new ArrayList<>();
                    for (String sector : unit.sectors()) {
                        long checklist = seed.nextId("checklist");
                        long version = seed.nextId("checklist_version");
                        String title = "基准" + sector + "检查表";
                        checklists.add(checklist, town.id, sector, title, unit.id(), true, 1, 0, now, now);
                        versions.add(version, checklist, 1, title, now, "bench");
                        for (int n = 1; n <= ITEMS; n++) {
                            items.add(seed.nextId("checklist_item"), version, n, "检查内容第" + n + "项",
                                    "《中华人民共和国安全生产法》第" + (40 + n) + "条", n <= 2);
                        }
                        ids.add(checklist);
                    }
                    offices.add(new Office(unit.id(), unit.name(), ids, unit.sectors()));
                }
                if (offices.isEmpty() || inspected.isEmpty()) {
                    continue;
                }
                // every office's inspections of the years, in date order so that serials follow the days
                List<Planned> planned = new ArrayList<>();
                int perOffice = inspectionsPerOfficeYear(seed.scale) * seed.scale.years() * (town.demo ? seed.scale.demoTownFactor() : 1);
                for (Office office : offices) {
                    for (int n = 0; n < perOffice; n++) {
                        planned.add(new Planned(seed.firstDay().plusDays(seed.random.nextInt(span + 1)), office,
                                seed.random.nextInt(office.checklists().size())));
                    }
                }
                planned.sort((a, b) -> a.on().compareTo(b.on()));
                for (Planned p : planned) {
                    long id = seed.nextId("inspection");
                    SeedContext.UnitSeed unit = seed.pick(inspected);
                    String key = town.id + "/JC/" + p.on().getYear();
                    int serial = serials.merge(key, 1, Integer::sum);
                    String inspectors = seed.pick(List.of(INSPECTORS));
                    boolean finished = p.on().isBefore(seed.today);
                    LocalDateTime at = p.on().atTime(10, 0);
                    long checklist = p.office().checklists().get(p.checklist());
                    String sector = p.office().sectors().get(p.checklist());
                    int violations = 0;
                    for (int n = 1; n <= ITEMS; n++) {
                        String outcome = null;
                        if (finished) {
                            double r = seed.random.nextDouble();
                            outcome = n <= 2 ? (r < 0.2 ? "FAIL" : "PASS") : (r < 0.08 ? "FAIL" : r < 0.13 ? "NOT_APPLICABLE" : "PASS");
                            violations += n <= 2 && outcome.equals("FAIL") ? 1 : 0;
                        }
                        results.add(seed.nextId("inspection_result"), id, n, outcome, null, 0);
                    }
                    inspections.add(id, town.id, String.format("JC%d-%04d", p.on().getYear(), serial), p.office().id(), unit.id(), p.on(),
                            inspectors, inspectors.split(",").length, checklist, 1, "生产经营场所", "现场负责人", finished ? "检查完毕" : null,
                            finished ? "FINISHED" : "IN_PROGRESS", finished ? at.plusHours(2) : null, finished ? "bench" : null, "bench", 0,
                            at, finished ? at.plusHours(2) : at);
                    rows += 1 + ITEMS;
                    if (violations > 0 && seed.random.nextDouble() < 0.75) {
                        rows += enforcementCase(seed, town, p, id, unit, sector, inspectors.split(",").length, numbers, cases, documents,
                                events);
                    }
                }
            }
            checklists.flush();
            versions.flush();
            items.flush();
            rows += checklists.written() + versions.written() + items.written();
        }
        for (Map.Entry<String, Integer> counter : serials.entrySet()) {
            String[] key = counter.getKey().split("/");
            rows += seed.execute("INSERT INTO town_counter (town_id, name, year, value) VALUES (?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE value = GREATEST(value, VALUES(value))",
                    Long.parseLong(key[0]), key[1], Integer.parseInt(key[2]), counter.getValue()) > 0 ? 1 : 0;
        }
        for (Map.Entry<String, Integer> counter : numbers.entrySet()) {
            String[] key = counter.getKey().split("/");
            rows += seed.execute("INSERT INTO document_counter (unit_id, kind, year, value) VALUES (?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE value = GREATEST(value, VALUES(value))",
                    Long.parseLong(key[0]), key[1], Integer.parseInt(key[2]), counter.getValue()) > 0 ? 1 : 0;
        }
        return rows;
    }

    /** The offices of the town that hold enforcement powers. */
    private static Set<Long> powers(SeedContext seed, SeedContext.TownSeed town) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement statement = seed.connection.prepareStatement(
                "SELECT id FROM unit WHERE town_id = ? AND enforcement_powers = TRUE")) {
            statement.setLong(1, town.id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * A case opened from the inspection, taken along its chain as far as its dates allow by today; returns
     * the rows written (case, documents, events).
     */
    private static long enforcementCase(SeedContext seed, SeedContext.TownSeed town, Planned p, long inspection,
                                        SeedContext.UnitSeed party, String sector, int persons, Map<String, Integer> numbers,
                                        BulkInsert cases, BulkInsert documents, BulkInsert events) throws SQLException {
        long id = seed.nextId("enforcement_case");
        LocalDate opened = p.on().plusDays(seed.random.nextInt(3));
        if (opened.isAfter(seed.today)) {
            opened = seed.today;
        }
        LocalDate ordered = opened.plusDays(1);
        LocalDate deadline = ordered.plusDays(10 + seed.random.nextInt(11));
        // a few orders are never re-inspected; of the rest most are penalised, some closed without one, a few withdrawn
        double fate = seed.random.nextDouble();
        LocalDate reinspected = fate < 0.05 ? null : deadline.plusDays(seed.random.nextInt(4));
        boolean noPenalty = fate >= 0.05 && fate < 0.2;
        boolean withdrawn = fate >= 0.2 && fate < 0.25;
        LocalDate notified = reinspected == null ? null : reinspected.plusDays(2);
        LocalDate decided = notified == null ? null : notified.plusDays(5 + seed.random.nextInt(6));
        LocalDate paid = decided == null ? null : decided.plusDays(5 + seed.random.nextInt(11));
        LocalDate closed = paid == null ? null : paid.plusDays(1);
        BigDecimal fine = BigDecimal.valueOf(1000L + 100L * seed.random.nextInt(490)).setScale(2);

        List<String> steps = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        steps.add("OPEN");
        dates.add(opened);
        addIf(steps, dates, "ORDER", ordered, seed.today);
        if (reinspected != null) {
            addIf(steps, dates, "REINSPECT", reinspected, seed.today);
            if (noPenalty) {
                addIf(steps, dates, "CLOSE_WITHOUT_PENALTY", reinspected.plusDays(1), seed.today);
            } else if (withdrawn) {
                addIf(steps, dates, "WITHDRAW", reinspected.plusDays(1), seed.today);
            } else {
                addIf(steps, dates, "NOTIFY_PENALTY", notified, seed.today);
                addIf(steps, dates, "DECIDE_PENALTY", decided, seed.today);
                addIf(steps, dates, "RECORD_PAYMENT", paid, seed.today);
                addIf(steps, dates, "CLOSE", closed, seed.today);
            }
        }
        // the steps stop at the first one that lies in the future
        int taken = 1;
        while (taken < steps.size() && dates.get(taken) != null) {
            taken++;
        }
        steps = steps.subList(0, taken);
        Set<String> done = new HashSet<>(steps);
        String state = "INSPECTED";
        long rows = 1;
        for (int s = 0; s < steps.size(); s++) {
            String from = s == 0 ? null : state;
            state = switch (steps.get(s)) {
                case "OPEN" -> "INSPECTED";
                case "ORDER" -> "ORDERED";
                case "REINSPECT" -> "REINSPECTED";
                case "NOTIFY_PENALTY" -> "PENALTY_NOTIFIED";
                case "DECIDE_PENALTY" -> "PENALTY_DECIDED";
                case "RECORD_PAYMENT" -> "FINE_PAID";
                case "CLOSE" -> "CLOSED";
                case "CLOSE_WITHOUT_PENALTY" -> "NO_PENALTY";
                default -> "WITHDRAWN";
            };
            events.add(seed.nextId("enforcement_event"), id, steps.get(s), from, state, dates.get(s).atTime(15, 0), "bench", "基准执法员",
                    null);
            rows++;
            int kind = switch (steps.get(s)) {
                case "OPEN" -> 0;
                case "ORDER" -> 1;
                case "REINSPECT" -> 2;
                case "NOTIFY_PENALTY" -> 3;
                case "DECIDE_PENALTY" -> 4;
                default -> -1;
            };
            if (kind >= 0) {
                int year = dates.get(s).getYear();
                int n = numbers.merge(p.office().id() + "/" + KINDS[kind] + "/" + year, 1, Integer::sum);
                documents.add(seed.nextId("enforcement_document"), id, KINDS[kind],
                        "基准" + p.office().id() + KIND_CODES[kind] + "〔" + year + "〕" + n + "号", n, year, dates.get(s), "bench",
                        dates.get(s).atTime(15, 0));
                rows++;
            }
        }
        LocalDate last = dates.get(steps.size() - 1);
        boolean penalised = done.contains("NOTIFY_PENALTY");
        cases.add(id, town.id, p.office().id(), inspection, party.id(), sector, state, opened, seed.pick(List.of(FACTS)),
                "《中华人民共和国安全生产法》第四十一条", persons,
                done.contains("ORDER") ? "立即整改" : null, done.contains("ORDER") ? deadline : null, done.contains("ORDER") ? ordered : null,
                done.contains("REINSPECT") ? reinspected : null, done.contains("REINSPECT") ? (noPenalty ? "已整改" : "未按期整改") : null,
                done.contains("REINSPECT") ? noPenalty : null,
                penalised ? "《中华人民共和国安全生产法》第一百零一条" : null,
                penalised ? fine : null, penalised ? "《中华人民共和国安全生产法》第一百零一条" : null, penalised ? fine : null,
                penalised ? notified : null, done.contains("DECIDE_PENALTY") ? decided : null,
                done.contains("RECORD_PAYMENT") ? paid : null, done.contains("RECORD_PAYMENT") ? "FK" + id : null,
                done.contains("CLOSE_WITHOUT_PENALTY") ? "FIRST_MINOR_CORRECTED" : null,
                done.contains("CLOSE_WITHOUT_PENALTY") ? "初次违法，当场改正" : null,
                done.contains("WITHDRAW") ? "当事人认定有误" : null,
                done.contains("CLOSE") || done.contains("CLOSE_WITHOUT_PENALTY") ? last : null,
                "bench", steps.size() - 1, opened.atTime(15, 0), last.atTime(15, 0));
        return rows;
    }

    /** The step with its date, or with null when the date is still to come (the chain stops there). */
    private static void addIf(List<String> steps, List<LocalDate> dates, String step, LocalDate on, LocalDate today) {
        steps.add(step);
        dates.add(on.isAfter(today) ? null : on);
    }
}
