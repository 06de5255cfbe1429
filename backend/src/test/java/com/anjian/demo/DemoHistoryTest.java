package com.anjian.demo;

import com.anjian.closeout.CloseoutDto;
import com.anjian.closeout.CloseoutFilter;
import com.anjian.closeout.CloseoutService;
import com.anjian.common.audit.AuditRevision;
import com.anjian.common.paging.PageParams;
import com.anjian.common.time.BusinessClock;
import com.anjian.common.time.DateRules;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardAction;
import com.anjian.hazard.HazardDetailDto;
import com.anjian.hazard.HazardEscalation;
import com.anjian.hazard.HazardEvent;
import com.anjian.hazard.HazardFilter;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardInput;
import com.anjian.hazard.HazardService;
import com.anjian.checklist.Checklist;
import com.anjian.inspection.Inspection;
import com.anjian.inspection.InspectionOutcome;
import com.anjian.inspection.InspectionResult;
import com.anjian.inspection.InspectionState;
import com.anjian.hazard.HazardSource;
import com.anjian.hazard.HazardState;
import com.anjian.hazard.HazardStatus;
import com.anjian.hazard.HazardStepInputs;
import com.anjian.hazard.OverdueCheck;
import com.anjian.support.Hazards;
import com.anjian.hazard.CauseCategory;
import com.anjian.attachment.Attachment;
import com.anjian.ledger.LedgerDtos;
import com.anjian.ledger.LedgerImport;
import com.anjian.ledger.LedgerService;
import com.anjian.ledger.LedgerState;
import com.anjian.ledger.LedgerSubmission;
import com.anjian.me.MyTasks;
import com.anjian.me.MyTasksService;
import com.anjian.notification.Notification;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo town's year of history, seeded into a copy of the town of its own (another code and name,
 * logins with a suffix) so the demo town of the other tests stays clean. Everything is read back the
 * way the app shows it, through the services, as the copy's people.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHistoryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DemoHistory history;

    @Inject
    Acting acting;

    @Inject
    HazardService hazards;

    @Inject
    LedgerService ledgers;

    @Inject
    CloseoutService closeouts;

    @Inject
    MyTasksService tasks;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    OverdueCheck overdueCheck;

    private static DemoTown copy;
    private static DemoHistory.Summary summary;
    private static long townId;
    private static Instant seededAt;

    /** Seeds the copy once for all tests of the class (about half a minute). */
    private synchronized void seeded() {
        if (copy != null) {
            return;
        }
        String code = QuarkusTransaction.requiringNew().call(() -> {
            Random random = new Random();
            while (true) {
                String candidate = "50011" + String.format("%04d", random.nextInt(10_000));
                if (Town.findByCode(candidate).isEmpty()) {
                    return candidate;
                }
            }
        });
        DemoTown town = new DemoTown(code, "东溪镇（历史副本" + code.substring(5) + "）", "-h" + code.substring(5));
        seededAt = clock.now();
        summary = history.seed(town);
        townId = QuarkusTransaction.requiringNew().call(() -> Town.findByCode(code).orElseThrow().id);
        copy = town;
    }

    private <T> T as(DemoData.Account account, Supplier<T> work) {
        return acting.as(copy.login(account.login()), account.roles(), work);
    }

    private long count(DemoData.Account account, HazardStatus status, Boolean overdue, Boolean awaitsDistrictReport) {
        HazardFilter filter = new HazardFilter();
        filter.status = status == null ? null : status.name();
        filter.overdue = overdue;
        filter.awaitsDistrictReport = awaitsDistrictReport;
        return as(account, () -> hazards.count(filter));
    }

    private <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    /** The status a story ends in, by its last step. */
    private static HazardStatus endOf(HazardStory story) {
        if (story.steps.isEmpty()) {
            return HazardStatus.FOUND;
        }
        return switch (story.steps.get(story.steps.size() - 1).kind()) {
            case REGISTER, DISTRICT -> HazardStatus.REGISTERED;
            case ORDER, PROGRESS, FAIL -> HazardStatus.RECTIFYING;
            case COMPLETE -> HazardStatus.AWAITING_VERIFICATION;
            case VERIFY -> HazardStatus.VERIFIED;
            case CLOSE -> HazardStatus.CLOSED;
        };
    }

    @Test
    void everyStoryEndsInItsStatusSoEveryStatusIsThere() {
        seeded();
        Map<HazardStatus, Long> expected = new EnumMap<>(HazardStatus.class);
        DemoHazards.stories().forEach(story -> expected.merge(endOf(story), 1L, Long::sum));
        // the inspections' failed items, registered at once and taken on from there
        DemoInspections.visits().stream().filter(v -> v.failure() != null).map(v -> v.failure().story())
                .forEach(story -> expected.merge(story.steps.isEmpty() ? HazardStatus.REGISTERED : endOf(story), 1L, Long::sum));
        for (HazardStatus status : HazardStatus.values()) {
            long seen = count(DemoData.ADMIN, status, null, null);
            assertTrue(seen > 0, "no hazard " + status);
            if (status == HazardStatus.CLOSED) {
                // and the paper ledgers' hazards closed on paper or in the app
                assertTrue(seen > expected.get(status), "closed: " + seen);
            } else {
                assertEquals(expected.get(status), seen, status.name());
            }
        }
        assertEquals(DemoHazards.stories().size(), summary.hazards());
        assertTrue(summary.photos() > 50, summary.toString());
    }

    @Test
    void someHazardsAreOverdueAtEveryEscalationLevelAndLeadersWereToldOfTheWorst() {
        seeded();
        assertTrue(count(DemoData.ADMIN, null, true, null) >= 4, "overdue hazards");
        assertTrue(count(DemoData.LEADER, null, true, null) >= 4, "leaders see them too");
        Map<Integer, Long> byLevel = read(() -> HazardEscalation.<HazardEscalation>list("hazard.town.id", townId).stream()
                .collect(Collectors.groupingBy(e -> e.level, Collectors.counting())));
        assertEquals(Set.of(1, 2, 3), byLevel.keySet(), byLevel.toString());
        // each escalation of the history was raised by the morning check of its day, by the business clock
        List<HazardEscalation> escalations = read(() -> HazardEscalation.<HazardEscalation>list("hazard.town.id = ?1 and raisedAt <= ?2",
                townId, seededAt));
        for (HazardEscalation escalation : escalations) {
            assertEquals("07:30", escalation.raisedAt.atZone(SHANGHAI).toLocalTime().toString(), "raised at " + escalation.raisedAt);
        }
        long toLeaders = read(() -> Notification.count("townId = ?1 and role = 'leader' and kind = ?2", townId,
                Notification.Kind.HAZARD_OVERDUE));
        assertTrue(toLeaders > 0, "the last threshold tells the leaders");
        // a hazard done late was escalated while it waited, and is closed now
        long closedAfterEscalation = read(() -> HazardEscalation.count("hazard.town.id = ?1 and hazard.state = ?2", townId,
                HazardState.CLOSED));
        assertTrue(closedAfterEscalation > 0);
    }

    @Test
    void oneMajorHazardAwaitsItsDistrictReportAndTheOthersWereReported() {
        seeded();
        assertEquals(1, count(DemoData.ADMIN, null, null, true));
        List<Hazard> majors = read(() -> Hazard.<Hazard>list("town.id = ?1 and grade = ?2", townId, HazardGrade.MAJOR));
        assertEquals(1, majors.stream().filter(Hazard::awaitsDistrictReport).count());
        assertTrue(majors.stream().filter(h -> h.districtReportedAt != null).count() >= 2, "reported to the district");
        majors.forEach(h -> assertNotNull(h.treatmentPlan, h.place));
    }

    @Test
    void theBoardShowsLedgersOnTimeLateMissingReturnedAcceptedAndNilReturns() {
        seeded();
        YearMonth thisMonth = YearMonth.now(SHANGHAI);
        YearMonth first = thisMonth.minusMonths(12);
        LedgerDtos.Board board = as(DemoData.ADMIN, () -> ledgers.board(first.minusMonths(1).toString(), thisMonth.toString()));
        Map<LedgerDtos.CellState, Long> states = board.rows().stream().flatMap(r -> r.cells().stream())
                .collect(Collectors.groupingBy(LedgerDtos.BoardCell::state, Collectors.counting()));
        for (LedgerDtos.CellState state : List.of(LedgerDtos.CellState.ACCEPTED, LedgerDtos.CellState.RETURNED,
                LedgerDtos.CellState.MISSING, LedgerDtos.CellState.NOT_REQUIRED)) {
            assertTrue(states.getOrDefault(state, 0L) > 0, "no " + state + " on the board: " + states);
        }
        // the month before the first owed one is not required of anyone; the current month is not due yet
        assertTrue(board.rows().stream().allMatch(r -> r.cells().get(0).state() == LedgerDtos.CellState.NOT_REQUIRED));
        assertTrue(board.rows().stream().map(r -> r.cells().get(r.cells().size() - 1).state())
                .allMatch(s -> s == LedgerDtos.CellState.PENDING || s == LedgerDtos.CellState.DRAFT), "the current month is in progress");
        long late = board.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> Boolean.TRUE.equals(c.late())).count();
        long onTime = board.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> Boolean.FALSE.equals(c.late())).count();
        assertTrue(late > 0 && onTime > late * 3, "late " + late + ", on time " + onTime);
        assertTrue(board.rows().stream().anyMatch(r -> r.missing() > 0));

        List<LedgerSubmission> submissions = read(() -> LedgerSubmission.<LedgerSubmission>list("ledger.townId", townId));
        assertTrue(submissions.stream().anyMatch(s -> s.nilReturn), "nil returns");
        assertTrue(submissions.stream().anyMatch(s -> !s.nilReturn), "returns with lines");
        assertTrue(submissions.stream().anyMatch(s -> s.no == 2), "resubmitted after a return");
        // every submission was made after its month began, the late ones after the due day
        for (LedgerSubmission s : submissions) {
            YearMonth period = YearMonth.parse(read(() -> LedgerSubmission.<LedgerSubmission>findById(s.id).ledger.period));
            LocalDate submittedOn = s.submittedAt.atZone(SHANGHAI).toLocalDate();
            assertTrue(submittedOn.isAfter(period.atEndOfMonth()), "submitted for " + period + " on " + submittedOn);
            assertEquals(submittedOn.isAfter(period.plusMonths(1).atDay(5)), s.late, "late flag of " + period + " on " + submittedOn);
        }
        List<LedgerImport> uploads = read(() -> LedgerImport.<LedgerImport>list("townId", townId));
        assertEquals(4, uploads.size(), "three paper ledgers, one uploaded twice");
        assertEquals(1, uploads.stream().filter(i -> i.rowsCreated == 0 && i.rowsTotal > 0).count());
    }

    @Test
    void eachPersonsHomePageHasWorkWaiting() {
        seeded();
        MyTasks admin = as(DemoData.ADMIN, () -> tasks.mine());
        for (MyTasks.HazardTask task : admin.hazards()) {
            assertTrue(task.count() > 0, "the emergency office has nothing " + task.key());
        }
        assertTrue(admin.ledgersMissing() > 0, "a unit missed last month's ledger");

        MyTasks officer = as(DemoData.OFFICER, () -> tasks.mine());
        assertTrue(countOf(officer, MyTasks.Key.TO_RECTIFY) > 0);
        assertTrue(countOf(officer, MyTasks.Key.OVERDUE) > 0);

        MyTasks head = as(DemoData.OFFICE_HEAD, () -> tasks.mine());
        for (MyTasks.Key key : List.of(MyTasks.Key.TO_REGISTER, MyTasks.Key.TO_ORDER, MyTasks.Key.TO_RECTIFY, MyTasks.Key.TO_VERIFY,
                MyTasks.Key.TO_CLOSE, MyTasks.Key.OVERDUE)) {
            assertTrue(countOf(head, key) > 0, "the office head has nothing " + key);
        }

        MyTasks community = as(DemoData.OFFICER2, () -> tasks.mine());
        assertEquals(LedgerState.RETURNED, community.ledger().state(), "a returned ledger waits for its resubmission");
        assertNotNull(community.ledger().returnedReason());
    }

    private static long countOf(MyTasks tasks, MyTasks.Key key) {
        return tasks.hazards().stream().filter(t -> t.key() == key).mapToLong(MyTasks.HazardTask::count).findFirst().orElse(-1);
    }

    @Test
    void closeOutsAreInTheLedgersOfTheEmergencyOfficeAndOfTheOfficesThatSuperviseTheSector() {
        seeded();
        CloseoutFilter filter = new CloseoutFilter();
        PageParams paging = new PageParams();
        paging.size = 100;
        List<CloseoutDto> entries = as(DemoData.ADMIN, () -> closeouts.list(filter, paging)).items;
        Set<String> offices = entries.stream().map(CloseoutDto::closingUnitName).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        assertTrue(offices.containsAll(Set.of("应急办", "经发办", "规划自然资源所")), offices.toString());
        // an office head closed only hazards in a sector their office supervises
        Map<String, Set<String>> supervised = Map.of("经发办", Set.of("INDUSTRY_TRADE", "SPECIAL_EQUIPMENT", "GAS"),
                "规划自然资源所", Set.of("GEOLOGICAL_HAZARD", "CONSTRUCTION"));
        entries.stream().filter(e -> e.closingUnitName() != null && supervised.containsKey(e.closingUnitName()))
                .forEach(e -> assertTrue(supervised.get(e.closingUnitName()).contains(e.sectorCode()), e.toString()));
    }

    @Test
    void everythingIsDatedWithinTheYearAndTheDateRulesWithNothingInTheFuture() {
        seeded();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate firstDay = YearMonth.now(SHANGHAI).minusMonths(12).atDay(1);
        List<Hazard> all = read(() -> Hazard.<Hazard>list("town.id = ?1 and place <> '时钟测试点'", townId));
        assertEquals(summary.hazards() + 7 + summary.inspectionHazards(), all.size(),
                "the stories, the seven rows of the paper ledgers and the inspections' failed items");
        for (Hazard h : all) {
            String what = h.serial + " " + h.place;
            assertFalse(h.foundOn.isAfter(today), what + " found in the future");
            assertFalse(h.foundOn.isBefore(firstDay), what + " found before the year");
            for (LocalDate date : java.util.Arrays.asList(h.foundOn, h.deadline, h.orderDeadline, h.completedOn, h.verifiedOn)) {
                assertTrue(DateRules.plausible(date).isEmpty(), what + ": " + date);
            }
            for (LocalDate done : java.util.Arrays.asList(h.completedOn, h.verifiedOn)) {
                assertTrue(DateRules.pastOrToday(done, today).isEmpty(), what + " done in the future: " + done);
            }
            assertFalse(h.createdAt.isAfter(seededAt), what + " created after the seeding");
            assertFalse(h.updatedAt.isBefore(h.createdAt), what);
            if (h.importKey == null) {
                // reported on the day it was found, and the serial is of that year
                assertEquals(h.foundOn, h.createdAt.atZone(SHANGHAI).toLocalDate(), what);
                assertTrue(h.serial.startsWith("YH" + h.foundOn.getYear() + "-"), what);
            }
            if (h.closedAt != null) {
                assertFalse(h.closedAt.atZone(SHANGHAI).toLocalDate().isBefore(h.foundOn), what);
            }
        }
        List<HazardEvent> events = read(() -> HazardEvent.<HazardEvent>list("hazard.town.id", townId));
        events.forEach(e -> assertFalse(e.at.isAfter(seededAt), "event in the future: " + e.action));
        // a passed verification always has its photo
        List<Long> verifiedWithoutPhoto = read(() -> em.createQuery("select e.id from HazardEvent e where e.hazard.town.id = :town"
                        + " and e.action = :verify and e.toState = :verified and e.note not like '据纸质台账%'"
                        + " and not exists (select a from Attachment a where a.hazardEvent = e)", Long.class)
                .setParameter("town", townId).setParameter("verify", HazardAction.VERIFY)
                .setParameter("verified", HazardState.VERIFIED).getResultList());
        assertEquals(List.of(), verifiedWithoutPhoto);
        long unbound = read(() -> Attachment.count("townId = ?1 and hazard is null and inspectionResultId is null", townId));
        assertEquals(0, unbound, "every photo uploaded was used by its step");
    }

    @Test
    void theAuditHistoryNamesEachPersonAtTheMomentTheyActed() {
        seeded();
        List<AuditRevision> revisions = read(() -> em.createQuery(
                "from AuditRevision r where r.townId = :town order by r.id", AuditRevision.class).setParameter("town", townId).getResultList());
        Set<String> actors = revisions.stream().map(r -> r.actor).collect(Collectors.toSet());
        for (DemoData.Account account : List.of(DemoData.ADMIN, DemoData.OFFICE_HEAD, DemoData.OFFICE_HEAD2, DemoData.OFFICER,
                DemoData.OFFICER2)) {
            assertTrue(actors.contains(copy.login(account.login())), account.login() + " in " + actors);
        }
        assertTrue(actors.contains(AuditRevision.SYSTEM), "the town's set-up and the overdue checks");
        LocalDate firstRevision = revisions.get(0).at.atZone(SHANGHAI).toLocalDate();
        assertTrue(firstRevision.isBefore(LocalDate.now(SHANGHAI).minusDays(365)), "the year began " + firstRevision);
        // revisions are in time order, as the year was lived
        for (int i = 1; i < revisions.size(); i++) {
            assertFalse(revisions.get(i).at.isBefore(revisions.get(i - 1).at), "revision " + revisions.get(i).id);
        }
        // a unit's first ledger month was set by the emergency office, after the town was set up
        Unit village = read(() -> Unit.<Unit>find("town.id = ?1 and name = '白云寺村'", townId).firstResult());
        assertEquals(YearMonth.now(SHANGHAI).minusMonths(12).toString(), village.ledgersDueFrom);
        List<Number> villageRevisions = read(() -> AuditReaderFactory.get(em).getRevisions(Unit.class, village.id));
        assertEquals(2, villageRevisions.size());
    }

    /** Late: it runs the copy town's check days ahead, which raises escalations the other tests would count. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void theCheckOfOneTownLeavesTheHazardsOfOtherTownsAlone() {
        seeded();
        long demoHazard = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", demoHazard);
        LocalDate deadline = read(() -> Hazard.<Hazard>findById(demoHazard).deadline);
        long demoTown = read(() -> Town.findByCode(DemoTown.DONGXI.code()).orElseThrow().id);

        overdueCheck.run(deadline.plusDays(2), townId);
        assertEquals(0L, (long) read(() -> HazardEscalation.count("hazard.id", demoHazard)), "another town's check");
        overdueCheck.run(deadline.plusDays(2), demoTown);
        assertEquals(1L, (long) read(() -> HazardEscalation.count("hazard.id", demoHazard)), "its own town's check");
    }

    /** Last: it adds a hazard of its own, dated in the past, which the other tests would count. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theClockOverrideReachesValidationEntityTimestampsAndAuditRevisions() {
        seeded();
        Instant past = LocalDate.now(SHANGHAI).minusDays(100).atTime(9, 41).atZone(SHANGHAI).toInstant();
        LocalDate pastDay = past.atZone(SHANGHAI).toLocalDate();
        // a deadline of that day is valid as of that day, and in the past afterwards
        HazardStepInputs.Order order = new HazardStepInputs.Order(0L, "限期整改", pastDay, List.of());
        assertTrue(BusinessClock.asOf(past, () -> validator.validate(order)).isEmpty());
        assertFalse(validator.validate(order).isEmpty());

        long unit = read(() -> Unit.<Unit>find("town.id = ?1 and name = '太平村'", townId).firstResult().id);
        HazardDetailDto reported = BusinessClock.asOf(past, () -> as(DemoData.ADMIN, () -> hazards.report(new HazardInput(unit,
                "时钟测试点", "时钟测试", "FIRE", CauseCategory.THINGS, HazardGrade.GENERAL, HazardSource.INSPECTION, null, pastDay,
                null, List.of()))));
        long id = reported.summary().id();
        assertEquals(past, reported.summary().updatedAt());
        Hazard hazard = read(() -> Hazard.findById(id));
        assertEquals(past, hazard.createdAt);
        assertEquals("YH" + pastDay.getYear(), hazard.serial.substring(0, 6));
        Instant revisionAt = read(() -> {
            Number revision = AuditReaderFactory.get(em).getRevisions(Hazard.class, id).get(0);
            return em.find(AuditRevision.class, revision.longValue()).at;
        });
        assertEquals(past, revisionAt);
        // and afterwards the clock is the real one again
        assertTrue(clock.now().isAfter(past.plusSeconds(86_400L * 99)));
    }
    @Test
    void theTownHasItsChecklistsAndAYearOfInspectionsWhoseFailedItemsBecameHazards() {
        seeded();
        List<Checklist> lists = read(() -> Checklist.<Checklist>list("townId", townId));
        assertEquals(Set.of("工贸企业安全生产检查表", "燃气安全检查表", "消防安全检查表"),
                lists.stream().map(c -> c.title).collect(java.util.stream.Collectors.toSet()));
        Checklist fire = lists.stream().filter(c -> c.sectorCode.equals("FIRE")).findFirst().orElseThrow();
        assertEquals(2, fire.currentVersionNo, "the fire checklist was revised");
        List<Inspection> all = read(() -> Inspection.<Inspection>list("townId", townId));
        assertEquals(summary.inspections(), all.size());
        assertTrue(all.size() >= 15, "a year of inspections: " + all.size());
        assertTrue(all.stream().allMatch(i -> i.state == InspectionState.FINISHED));
        LocalDate revised = LocalDate.now(SHANGHAI).minusDays(DemoInspections.FIRE_REVISED_DAYS_AGO);
        for (Inspection i : all.stream().filter(i -> i.checklist.id.equals(fire.id)).toList()) {
            assertEquals(i.inspectedOn.isBefore(revised) ? 1 : 2, i.checklistVersionNo, i.serial + " on " + i.inspectedOn);
        }
        List<Hazard> fromInspections = read(() -> Hazard.<Hazard>list("town.id = ?1 and inspectionResultId is not null", townId));
        assertEquals(summary.inspectionHazards(), fromInspections.size());
        assertTrue(fromInspections.size() >= 4);
        for (Hazard h : fromInspections) {
            long linked = read(() -> InspectionResult.count("id = ?1 and hazardId = ?2 and outcome = ?3", h.inspectionResultId, h.id,
                    InspectionOutcome.FAIL));
            assertEquals(1, linked, h.serial + " is linked back from its failed item");
        }
        assertTrue(fromInspections.stream().anyMatch(h -> h.state == HazardState.CLOSED));
        assertTrue(fromInspections.stream().anyMatch(h -> h.state == HazardState.REGISTERED));
    }

    @Test
    void theTownHasEnforcementCasesAlongTheWholeChain() {
        seeded();
        LocalDate today = LocalDate.now(SHANGHAI);
        List<com.anjian.enforcement.EnforcementCase> cases = read(() -> com.anjian.enforcement.EnforcementCase
                .<com.anjian.enforcement.EnforcementCase>list("townId", townId));
        assertEquals(summary.cases(), cases.size());
        assertTrue(cases.size() >= 9, "cases: " + cases.size());
        Map<Long, String> offices = read(() -> cases.stream().collect(Collectors.toMap(c -> c.id,
                c -> Unit.<Unit>findById(c.officeUnit.id).name)));
        assertEquals(Set.of("经发办", "应急办"), Set.copyOf(offices.values()));
        java.util.function.Predicate<com.anjian.enforcement.EnforcementCase> paid = c -> c.state == com.anjian.enforcement.CaseState.CLOSED
                && c.finePaidOn != null && c.fineAmount.signum() > 0;
        assertTrue(cases.stream().filter(paid).count() >= 2, "fines paid and closed");
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.CLOSED && c.fineAmount.signum() == 0
                && c.finePaidOn == null), "a warning only, closed without a payment");
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.NO_PENALTY
                && c.noPenaltyReason == com.anjian.enforcement.NoPenaltyReason.FIRST_MINOR_CORRECTED));
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.WITHDRAWN && c.withdrawnReason != null));
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.ORDERED
                && c.orderDeadline.isBefore(today) && c.reinspectedOn == null), "an order past its deadline, not re-inspected");
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.PENALTY_DECIDED), "a fine not yet paid");
        assertTrue(cases.stream().anyMatch(c -> c.state == com.anjian.enforcement.CaseState.INSPECTED), "a case just opened");
        assertTrue(cases.stream().filter(c -> c.campaignId != null).count() >= 2, "cases of the gas campaign");
        assertTrue(cases.stream().allMatch(c -> !c.openedOn.isAfter(today)));

        // through the services: a paid case has its five documents numbered and its seven steps recorded
        com.anjian.enforcement.EnforcementCase one = cases.stream().filter(paid).findFirst().orElseThrow();
        assertEquals(5, read(() -> com.anjian.enforcement.EnforcementDocument.count("enforcementCase.id", one.id)));
        assertEquals(7, read(() -> com.anjian.enforcement.EnforcementEvent.count("enforcementCase.id", one.id)));

        // 经发办 decided penalties in some ended months and none in others (a zero-penalty month)
        Set<YearMonth> decided = cases.stream().filter(c -> "经发办".equals(offices.get(c.id)) && c.penaltyDecidedOn != null
                        && c.state != com.anjian.enforcement.CaseState.WITHDRAWN)
                .map(c -> YearMonth.from(c.penaltyDecidedOn)).collect(Collectors.toSet());
        YearMonth thisMonth = YearMonth.from(today);
        List<YearMonth> ended = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(thisMonth::minusMonths).toList();
        assertTrue(ended.stream().anyMatch(decided::contains), "months with decisions: " + decided);
        assertTrue(ended.stream().anyMatch(m -> !decided.contains(m)), "a month without: " + decided);

        // 经发办's inspection of the health centre found a violation and no case was opened (首查必罚 missed)
        long missed = read(() -> Inspection.count("townId = ?1 and inspectingUnit.name = ?2 and inspectedUnit.name = ?3",
                townId, "经发办", "东溪镇卫生院"));
        assertEquals(1, missed);
        Inspection first = read(() -> Inspection.<Inspection>find("townId = ?1 and inspectingUnit.name = ?2 and inspectedUnit.name = ?3",
                townId, "经发办", "东溪镇卫生院").firstResult());
        assertEquals(1, read(() -> InspectionResult.count("inspection.id = ?1 and outcome = ?2", first.id, InspectionOutcome.FAIL)));
        assertTrue(cases.stream().noneMatch(c -> read(() -> com.anjian.enforcement.EnforcementCase.<com.anjian.enforcement.EnforcementCase>
                findById(c.id).inspection.id).equals(first.id)));
    }
}
