package com.anjian.enforcement;

import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.common.time.BusinessClock;
import com.anjian.inspection.InspectionPlanService;
import com.anjian.unit.UnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enforcement monitors (执法监测), computed by queries from the records on every request (no counter
 * is stored), with "today" in the town's time zone ({@link BusinessClock}):
 * <ul>
 *   <li>首查必罚: a unit's first finished inspection of the year by an office holding enforcement powers over
 *   its sector, with a failed violation item, and no case of it that decided a penalty (not withdrawn) or
 *   closed without one on a legal ground;</li>
 *   <li>月月清零: each ended month in which an office with enforcement powers decided fewer penalties than
 *   the minimum (anjian.enforcement.monthly-penalty.*);</li>
 *   <li>plans behind schedule, from the plan execution's own computation ({@link InspectionPlanService#planMonths});</li>
 *   <li>rectification orders past their deadline with no re-inspection.</li>
 * </ul>
 * Town admins and leaders see the town (optionally one office); an office head its own office only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonitorService {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    InspectionPlanService plans;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    @Inject
    AnjianConfig config;

    /** A failed violation item: a FAIL on an item of the inspection's own checklist version marked as a violation. */
    static final String FAILED_VIOLATIONS = "SELECT COUNT(*) FROM inspection_result r"
            + " JOIN checklist_version v ON v.checklist_id = i.checklist_id AND v.version_no = i.checklist_version_no"
            + " JOIN checklist_item ci ON ci.checklist_version_id = v.id AND ci.item_no = r.item_no"
            + " WHERE r.inspection_id = i.id AND r.outcome = 'FAIL' AND ci.violation = TRUE";

    /** 首查必罚 in SQL (:town, :yearStart and :yearEnd of the year; OFFICE: the office's condition on :office). */
    public static final String FIRST_INSPECTIONS = "SELECT i.id, i.serial, i.inspected_on, o.id, o.name, p.id, p.name, c.sector_code,"
            + " (" + FAILED_VIOLATIONS + ") AS violations,"
            + " (SELECT MAX(k.id) FROM enforcement_case k WHERE k.inspection_id = i.id) AS case_id,"
            + " (SELECT k.state FROM enforcement_case k WHERE k.inspection_id = i.id ORDER BY k.id DESC LIMIT 1) AS case_state"
            + " FROM inspection i"
            + " JOIN checklist c ON c.id = i.checklist_id"
            + " JOIN unit o ON o.id = i.inspecting_unit_id AND o.enforcement_powers = TRUE"
            + " JOIN unit_sector os ON os.unit_id = o.id AND os.sector_code = c.sector_code"
            + " JOIN unit p ON p.id = i.inspected_unit_id"
            + " WHERE i.town_id = :town AND i.state = 'FINISHED' AND i.inspected_on BETWEEN :yearStart AND :yearEnd"
            + " OFFICE"
            // the first of the year of this unit by this office, within the office's powers
            + " AND NOT EXISTS (SELECT 1 FROM inspection e JOIN checklist ec ON ec.id = e.checklist_id"
            + "   JOIN unit_sector es ON es.unit_id = e.inspecting_unit_id AND es.sector_code = ec.sector_code"
            + "   WHERE e.inspecting_unit_id = i.inspecting_unit_id AND e.inspected_unit_id = i.inspected_unit_id"
            + "   AND e.state = 'FINISHED' AND e.inspected_on BETWEEN :yearStart AND :yearEnd"
            + "   AND (e.inspected_on < i.inspected_on OR (e.inspected_on = i.inspected_on AND e.id < i.id)))"
            + " AND (" + FAILED_VIOLATIONS + ") > 0"
            // punished: a penalty decided (not withdrawn), or closed without one on a legal ground
            + " AND NOT EXISTS (SELECT 1 FROM enforcement_case k WHERE k.inspection_id = i.id"
            + "   AND ((k.penalty_decided_on IS NOT NULL AND k.state <> 'WITHDRAWN') OR k.state = 'NO_PENALTY'))"
            + " ORDER BY i.inspected_on, i.id";

    public MonitorDtos.Monitors of(int year, Long officeUnitId) {
        Caller caller = currentUser.scoped();
        Long office = officeUnitId;
        if (caller.is(Roles.OFFICE_HEAD) && !caller.isTownWide()) {
            if (office != null && !office.equals(caller.unitId())) {
                throw ProblemException.forbidden("enforcement.monitors.forbidden");
            }
            office = caller.unitId();
        } else if (office != null && units.scopedQuery(office).isEmpty()) {
            throw ProblemException.invalid("officeUnitId", "hazard.unit.unknown", office);
        }
        LocalDate today = clock.today();
        AnjianConfig.Enforcement.MonthlyPenalty rule = config.enforcement().monthlyPenalty();
        return new MonitorDtos.Monitors(year, new MonitorDtos.Rules(rule.enabled(), rule.minimum()),
                firstInspections(caller.townId(), year, office),
                rule.enabled() ? zeroPenaltyMonths(caller.townId(), year, office, today, rule.minimum()) : List.of(),
                plansBehind(year, office),
                ordersOverdue(caller.townId(), year, office, today));
    }

    private List<MonitorDtos.FirstInspectionViolation> firstInspections(long town, int year, Long office) {
        Query query = em.createNativeQuery(byOffice(FIRST_INSPECTIONS, "i.inspecting_unit_id", office));
        setYear(query, town, year, office);
        return rows(query).stream().map(r -> new MonitorDtos.FirstInspectionViolation(number(r[0]), (String) r[1], date(r[2]),
                number(r[3]), (String) r[4], number(r[5]), (String) r[6], (String) r[7], number(r[8]),
                r[9] == null ? null : number(r[9]), r[10] == null ? null : CaseState.valueOf((String) r[10]))).toList();
    }

    /** Penalty decisions of a year by office and month (:town, :yearStart, :yearEnd; OFFICE), withdrawn cases left out. */
    public static final String PENALTY_DECISIONS = "SELECT k.office_unit_id, MONTH(k.penalty_decided_on), COUNT(*) FROM enforcement_case k"
            + " WHERE k.town_id = :town AND k.penalty_decided_on BETWEEN :yearStart AND :yearEnd AND k.state <> 'WITHDRAWN'"
            + " OFFICE GROUP BY k.office_unit_id, MONTH(k.penalty_decided_on)";

    private List<MonitorDtos.ZeroPenaltyMonth> zeroPenaltyMonths(long town, int year, Long office, LocalDate today, int minimum) {
        Query offices = em.createNativeQuery(byOffice("SELECT u.id, u.name FROM unit u WHERE u.town_id = :town"
                + " AND u.enforcement_powers = TRUE AND u.active = TRUE OFFICE ORDER BY u.name, u.id", "u.id", office));
        offices.setParameter("town", town);
        if (office != null) {
            offices.setParameter("office", office);
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : rows(offices)) {
            names.put(number(r[0]), (String) r[1]);
        }
        if (names.isEmpty()) {
            return List.of();
        }
        Query decisions = em.createNativeQuery(byOffice(PENALTY_DECISIONS, "k.office_unit_id", office));
        setYear(decisions, town, year, office);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : rows(decisions)) {
            counts.put(number(r[0]) + "/" + number(r[1]), number(r[2]));
        }
        List<MonitorDtos.ZeroPenaltyMonth> result = new ArrayList<>();
        names.forEach((id, name) -> {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                if (!month.atEndOfMonth().isBefore(today)) {
                    break;
                }
                long count = counts.getOrDefault(id + "/" + m, 0L);
                if (count < minimum) {
                    result.add(new MonitorDtos.ZeroPenaltyMonth(id, name, month.toString(), count, minimum));
                }
            }
        });
        return result;
    }

    private List<MonitorDtos.PlanBehind> plansBehind(int year, Long office) {
        return plans.planMonths(year, office).stream().filter(InspectionPlanService.PlanMonth::behindSchedule)
                .map(pm -> new MonitorDtos.PlanBehind(pm.planId(), pm.officeId(), pm.officeName(), pm.month(), pm.planned(),
                        pm.doneOnTime() + pm.doneLate(), pm.missedItems()))
                .toList();
    }

    private List<MonitorDtos.OverdueOrder> ordersOverdue(long town, int year, Long office, LocalDate today) {
        Query query = em.createNativeQuery(byOffice(ORDERS_OVERDUE, "k.office_unit_id", office));
        query.setParameter("town", town);
        query.setParameter("today", Date.valueOf(today));
        query.setParameter("yearEnd", Date.valueOf(LocalDate.of(year, 12, 31)));
        if (office != null) {
            query.setParameter("office", office);
        }
        return rows(query).stream().map(r -> new MonitorDtos.OverdueOrder(number(r[0]), number(r[1]), (String) r[2], number(r[3]),
                (String) r[4], (String) r[5], date(r[6]), ChronoUnit.DAYS.between(date(r[6]), today))).toList();
    }

    /**
     * Orders overdue in SQL (:town, :today, :yearEnd the year's last day; OFFICE: the office's condition on :office): cases still ORDERED, not
     * re-inspected, whose deadline has passed, in the year or before (an order left over from last year still counts).
     */
    public static final String ORDERS_OVERDUE = "SELECT k.id, o.id, o.name, p.id, p.name, d.number, k.order_deadline"
            + " FROM enforcement_case k JOIN unit o ON o.id = k.office_unit_id JOIN unit p ON p.id = k.party_unit_id"
            + " LEFT JOIN enforcement_document d ON d.case_id = k.id AND d.kind = 'RECTIFICATION_ORDER'"
            + " WHERE k.town_id = :town AND k.state = 'ORDERED' AND k.reinspected_on IS NULL"
            + " AND k.order_deadline < :today AND k.order_deadline <= :yearEnd OFFICE"
            + " ORDER BY k.order_deadline, k.id";

    private static void setYear(Query query, long town, int year, Long office) {
        query.setParameter("town", town);
        query.setParameter("yearStart", Date.valueOf(LocalDate.of(year, 1, 1)));
        query.setParameter("yearEnd", Date.valueOf(LocalDate.of(year, 12, 31)));
        if (office != null) {
            query.setParameter("office", office);
        }
    }

    /** The statement with its OFFICE placeholder as a condition on the office (:office), or nothing for the whole town. */
    private static String byOffice(String sql, String column, Long office) {
        return sql.replace("OFFICE", office == null ? "" : "AND " + column + " = :office");
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
