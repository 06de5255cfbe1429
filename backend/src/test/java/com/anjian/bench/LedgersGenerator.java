package com.anjian.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The monthly ledgers the seed's units owe, every month of the history before the current one:
 * most accepted, some awaiting acceptance, a few returned; one in ten submitted late. Each
 * submission is a version with its history (submit, accept or return) and its lines: the unit's
 * hazards found that month, copied server-side (INSERT … SELECT) per town.
 */
final class LedgersGenerator implements Generator {

    @Override
    public String name() {
        return "monthly ledgers, submissions, lines";
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        long rows = 0;
        YearMonth current = YearMonth.from(seed.today);
        long firstSubmission = seed.nextId("ledger_submission");
        long submissionId = firstSubmission - 1;
        try (BulkInsert ledgers = new BulkInsert(seed.connection, "monthly_ledger", "id", "town_id", "unit_id", "period", "state",
                "due_on", "late", "version", "created_at", "updated_at");
             BulkInsert submissions = new BulkInsert(seed.connection, "ledger_submission", "id", "ledger_id", "submission_no",
                     "submitted_at", "submitted_by", "submitted_by_name", "late", "nil_return", "note");
             BulkInsert events = new BulkInsert(seed.connection, "ledger_event", "id", "town_id", "unit_id", "period", "action", "at",
                     "actor", "actor_name", "submission_no", "detail", "row_count")) {
            for (SeedContext.TownSeed town : seed.towns) {
                for (SeedContext.UnitSeed unit : town.createdUnits) {
                    for (YearMonth month = seed.firstMonth(); month.isBefore(current); month = month.plusMonths(1)) {
                        LocalDate due = month.plusMonths(1).atDay(5);
                        boolean late = seed.random.nextInt(10) == 0;
                        LocalDateTime submitted = (late ? due.plusDays(1 + seed.random.nextInt(5)) : due.minusDays(seed.random.nextInt(5)))
                                .atTime(9 + seed.random.nextInt(8), seed.random.nextInt(60));
                        int r = seed.random.nextInt(100);
                        // the last two months are still being reviewed more often
                        boolean recent = !month.isBefore(current.minusMonths(2));
                        String state = r < (recent ? 40 : 92) ? "ACCEPTED" : r < (recent ? 90 : 97) ? "SUBMITTED" : "RETURNED";
                        long ledgerId = seed.nextId("monthly_ledger");
                        ledgers.add(ledgerId, town.id, unit.id(), month.toString(), state, due, late, 0, submitted, submitted.plusDays(2));
                        submissions.add(++submissionId, ledgerId, 1, submitted, "bench", "基准", late, false, null);
                        events.add(seed.nextId("ledger_event"), town.id, unit.id(), month.toString(), "SUBMIT", submitted, "bench", "基准", 1,
                                null, null);
                        if (!state.equals("SUBMITTED")) {
                            events.add(seed.nextId("ledger_event"), town.id, unit.id(), month.toString(), state.equals("ACCEPTED") ? "ACCEPT" : "RETURN",
                                    submitted.plusDays(2), "bench", "基准", 1, state.equals("RETURNED") ? "请补充整改照片" : null, null);
                        }
                    }
                }
            }
            ledgers.flush();
            submissions.flush();
            events.flush();
            rows += ledgers.written() + submissions.written() + events.written();
        }
        for (SeedContext.TownSeed town : seed.towns) {
            rows += seed.execute("INSERT INTO ledger_line (submission_id, line_no, hazard_id, hazard_serial, unit_name, state, found_on,"
                    + " place, description, cause_category, grade, measures, responsible_person, deadline, funds, completed_on, reviewer,"
                    + " reviewed_on, closed_on)"
                    + " SELECT s.id, ROW_NUMBER() OVER (PARTITION BY s.id ORDER BY h.found_on, h.id), h.id, h.serial, u.name, h.state,"
                    + " h.found_on, h.place, h.description, h.cause_category, h.grade, h.measures, h.responsible_person, h.deadline,"
                    + " h.funds, h.completed_on, h.verifier_name, h.verified_on, DATE(h.closed_at)"
                    + " FROM ledger_submission s JOIN monthly_ledger l ON l.id = s.ledger_id JOIN unit u ON u.id = l.unit_id"
                    + " JOIN hazard h ON h.unit_id = l.unit_id AND h.found_on >= STR_TO_DATE(CONCAT(l.period, '-01'), '%Y-%m-%d')"
                    + " AND h.found_on < STR_TO_DATE(CONCAT(l.period, '-01'), '%Y-%m-%d') + INTERVAL 1 MONTH"
                    + " WHERE l.town_id = ? AND s.id >= ? AND h.id >= ?", town.id, firstSubmission, seed.firstHazardId);
        }
        return rows;
    }
}
