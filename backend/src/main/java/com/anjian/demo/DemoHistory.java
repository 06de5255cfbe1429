package com.anjian.demo;

import com.anjian.attachment.AttachmentService;
import com.anjian.checklist.ChecklistDtos;
import com.anjian.checklist.ChecklistService;
import com.anjian.hazard.HazardGrade;
import com.anjian.inspection.InspectionDtos;
import com.anjian.inspection.InspectionOutcome;
import com.anjian.inspection.InspectionPlanDtos;
import com.anjian.inspection.InspectionPlanService;
import com.anjian.inspection.PlanKind;
import com.anjian.inspection.InspectionService;
import com.anjian.common.AnjianConfig;
import com.anjian.common.paging.PageParams;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.HazardDetailDto;
import com.anjian.hazard.HazardEscalation;
import com.anjian.hazard.HazardFilter;
import com.anjian.hazard.HazardInput;
import com.anjian.hazard.HazardService;
import com.anjian.hazard.HazardStepInputs;
import com.anjian.hazard.HazardSummaryDto;
import com.anjian.hazard.OverdueCheck;
import com.anjian.ledger.LedgerDtos;
import com.anjian.ledger.LedgerImportService;
import com.anjian.ledger.LedgerService;
import com.anjian.ledger.LedgerState;
import com.anjian.notification.NotificationService;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitDto;
import com.anjian.unit.UnitInput;
import com.anjian.unit.UnitKind;
import com.anjian.unit.UnitService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.anjian.demo.DemoData.ADMIN;
import static com.anjian.demo.DemoData.OFFICER;
import static com.anjian.demo.DemoData.OFFICER2;
import static com.anjian.demo.DemoData.OFFICE_HEAD;
import static com.anjian.demo.DemoData.OFFICE_HEAD2;

/**
 * A year of the demo town's life, made the way its people would have made it: every hazard report,
 * step, upload, monthly ledger, return, acceptance and Excel import goes through the services, as
 * the person who did it (their login and realm role, {@link Acting}) and at the moment they did it
 * ({@link BusinessClock#asOf}); the daily overdue check runs each morning at 07:30. So every rule is
 * applied (deadlines not in the past, photos to verify, nobody verifying their own work, who may close
 * what), and every number, timeline event, notification and audit revision is what real use produces.
 *
 * <p>The year is dated relative to the day it is loaded: the town is set up a little over twelve
 * months back, units owe ledgers from the month twelve months back, hazards are found from about
 * eleven months ago until yesterday (DemoHazards). Monthly ledgers of the past twelve months are
 * mostly on time, some late, a few missing, some returned with a reason and resubmitted (one still
 * waiting), nil returns where a unit had nothing; three were uploaded from paper (one twice by
 * mistake). Whatever would fall after the moment of loading does not happen yet (a ledger due in a
 * few days, a review on the 10th), so the current month looks like one in progress. The choices
 * left to chance (days and times) come from a fixed seed: loaded on the same day, the town is the same.
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);
    private static final long SEED = 20_260_601L;
    private static final LocalTime OVERDUE_CHECK_AT = LocalTime.of(7, 30);

    /** What the history made. */
    public record Summary(int hazards, int steps, int photos, int submissions, int imports, int overdueChecks,
                          long escalations, long skippedAsFuture, int inspections, int inspectionHazards, int cases) {
    }

    @Inject
    BusinessClock clock;

    @Inject
    AnjianConfig config;

    @Inject
    DemoData demoData;

    @Inject
    Acting acting;

    @Inject
    HazardService hazards;

    @Inject
    AttachmentService attachments;

    @Inject
    LedgerService ledgers;

    @Inject
    LedgerImportService imports;

    @Inject
    UnitService units;

    @Inject
    OverdueCheck overdueCheck;

    @Inject
    NotificationService notifications;

    @Inject
    Validator validator;

    @Inject
    ChecklistService checklists;

    @Inject
    InspectionService inspections;

    @Inject
    InspectionPlanService plans;

    @Inject
    com.anjian.enforcement.EnforcementCaseService enforcementCases;

    @Inject
    com.anjian.campaign.CampaignService campaigns;

    /** Makes the town (if missing) with its year of history, as of now. Nothing when it exists. */
    public Summary seed(DemoTown spec) {
        if (demoData.present(spec)) {
            return new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Year(spec).make();
    }

    /** One run: the plan, then each action in order, each at its moment. */
    private final class Year {

        private final DemoTown spec;
        private final Instant realNow = clock.now();
        private final LocalDate today = clock.today();
        private final YearMonth thisMonth = clock.thisMonth();
        /** The first month whose ledger the units owe. */
        private final YearMonth firstMonth = thisMonth.minusMonths(12);
        private final List<Entry> timeline = new ArrayList<>();
        private final Map<String, Long> unitIds = new HashMap<>();
        private final List<String> ledgerUnits = new ArrayList<>();
        /** Ledgers submitted and not yet reviewed, as "unit/period". */
        private final Set<String> toReview = new LinkedHashSet<>();
        private long townId;
        private int steps;
        private int photos;
        private int submissions;
        private int importsDone;
        private int checks;
        private long skipped;
        private int inspectionsDone;
        private int inspectionHazards;
        private int casesOpened;
        /** The gas campaign's id, once made; the cases' ids by their index in DemoCases.stories(). */
        private Long campaignId;
        private final Map<Integer, Long> caseIds = new HashMap<>();
        /** The plan item each visit carries out, by the visit's index in DemoInspections.visits(). */
        private final Map<Integer, Long> planItems = new HashMap<>();
        /** The demo checklists' ids, by their index in DemoInspections.CHECKLISTS. */
        private final Map<Integer, Long> checklistIds = new HashMap<>();

        Year(DemoTown spec) {
            this.spec = spec;
        }

        Summary make() {
            // The town goes live on the 24th of the month before the first ledger month.
            BusinessClock.asOf(at(firstMonth.minusMonths(1).atDay(24), 10, 0), () -> demoData.load(spec));
            QuarkusTransaction.requiringNew().run(() -> {
                Town town = Town.findByCode(spec.code()).orElseThrow();
                townId = town.id;
                List<String> kinds = config.ledger().requiredKinds();
                for (Unit unit : Unit.<Unit>list("town.id = ?1 order by id", town.id)) {
                    unitIds.put(unit.name, unit.id);
                    if (kinds.contains(unit.kind.name())) {
                        ledgerUnits.add(unit.name);
                    }
                }
            });
            planUnitSetup();
            List<HazardStory> stories = DemoHazards.stories();
            for (int i = 0; i < stories.size(); i++) {
                planStory(i, stories.get(i), stories);
            }
            planInspections();
            planCases();
            planLedgers();
            planImports();
            planReviews();
            planOverdueChecks();
            planReading();
            run();
            long escalations = QuarkusTransaction.requiringNew().call(() -> HazardEscalation.count("hazard.town.id", townId));
            return new Summary(stories.size(), steps, photos, submissions, importsDone, checks, escalations, skipped,
                    inspectionsDone, inspectionHazards, casesOpened);
        }

        // ------------------------------------------------------------------ the plan

        /** The emergency office sets the first ledger month of every unit that owes ledgers. */
        private void planUnitSetup() {
            at(at(firstMonth.atDay(1), 8, 5), "first ledger month", () -> as(ADMIN, () -> {
                for (String name : ledgerUnits) {
                    UnitDto unit = units.find(unitId(name)).orElseThrow();
                    UnitInput input = new UnitInput(unit.kind(), unit.code(), unit.name(), unit.enforcementPowers(), unit.sectors(),
                            unit.active(), firstMonth.toString(), unit.documentPrefix(), unit.version());
                    units.update(unit.id(), valid(input));
                }
                return null;
            }));
        }

        private void planStory(int index, HazardStory story, List<HazardStory> all) {
            SplittableRandom random = new SplittableRandom(SEED + index);
            LocalDate foundOn = today.minusDays(story.foundDaysAgo);
            Instant reported = at(foundOn, 8, 30 + random.nextInt(420));
            at(reported, "report " + story, () -> report(story, foundOn, seedOf(index, 0)));
            Instant previous = reported;
            for (int i = 0; i < story.steps.size(); i++) {
                HazardStory.Step step = story.steps.get(i);
                LocalDate day = foundOn.plusDays(step.day());
                Instant when = at(day, 8, 30 + random.nextInt(480));
                if (!when.isAfter(previous)) {
                    when = previous.plusSeconds(60L * (20 + random.nextInt(40)));
                }
                previous = when;
                long photoSeed = seedOf(index, i + 1);
                at(when, step.kind() + " " + story, () -> step(story, step, day, photoSeed));
            }
        }

        /**
         * The three checklists, written on the 2nd of the first month by the offices that keep them (the
         * fire checklist revised half a year later), and the year's inspections (DemoInspections), each
         * filled in item by item and finished on its day; a failed item becomes a hazard that day, whose
         * later steps follow as a story's do.
         */
        private void planInspections() {
            LocalDate written = firstMonth.atDay(2);
            for (int c = 0; c < DemoInspections.CHECKLISTS.size(); c++) {
                int index = c;
                DemoInspections.ChecklistSpec spec = DemoInspections.CHECKLISTS.get(c);
                at(at(written, 9, 10 + c * 20), "checklist " + spec.title(), () -> as(spec.author(), () -> {
                    ChecklistDtos.Detail made = checklists.create(valid(new ChecklistDtos.Input(spec.sector(), spec.title(),
                            spec.owner() == null ? null : unitId(spec.owner()), itemInputs(spec.items()), null)));
                    checklistIds.put(index, made.id());
                    return null;
                }));
            }
            at(at(today.minusDays(DemoInspections.FIRE_REVISED_DAYS_AGO), 15, 0), "checklist revised", () -> as(ADMIN, () -> {
                DemoInspections.ChecklistSpec fire = DemoInspections.FIRE;
                long id = checklistIds.get(DemoInspections.CHECKLISTS.indexOf(fire));
                List<ChecklistDtos.ItemInput> items = new ArrayList<>(itemInputs(fire.items()));
                items.addAll(itemInputs(List.of(DemoInspections.FIRE_ADDED)));
                checklists.update(id, valid(new ChecklistDtos.Input(fire.sector(), fire.title(), null, items,
                        checklists.detail(id).version())));
                return null;
            }));
            List<DemoInspections.Visit> visits = DemoInspections.visits();
            planPlans(visits);
            for (int v = 0; v < visits.size(); v++) {
                DemoInspections.Visit visit = visits.get(v);
                LocalDate day = today.minusDays(visit.daysAgo());
                long photoSeed = SEED * 7 + v;
                int index = v;
                at(at(day, 9, 30 + v % 30), "inspect " + visit.unit(), () -> inspect(index, visit, day, photoSeed));
                if (visit.failure() != null) {
                    HazardStory story = visit.failure().story();
                    SplittableRandom random = new SplittableRandom(SEED * 13 + v);
                    Instant previous = at(day, 12, 0);
                    for (int i = 0; i < story.steps.size(); i++) {
                        HazardStory.Step step = story.steps.get(i);
                        LocalDate stepDay = day.plusDays(step.day());
                        Instant when = at(stepDay, 8, 30 + random.nextInt(480));
                        if (!when.isAfter(previous)) {
                            when = previous.plusSeconds(60L * (20 + random.nextInt(40)));
                        }
                        previous = when;
                        long stepSeed = SEED * 17 + v * 20L + i;
                        at(when, step.kind() + " " + story, () -> step(story, step, stepDay, stepSeed));
                    }
                }
            }
        }

        /**
         * Each inspecting office's annual plan of every year the visits fall in, written early in the year (or
         * when the history begins): an item for each visit in its month (every fifth a month earlier, so it is
         * done late), a few never carried out (missed) and one for next month (planned).
         */
        private void planPlans(List<DemoInspections.Visit> visits) {
            Map<String, List<Integer>> byOfficeAndYear = new java.util.TreeMap<>();
            for (int v = 0; v < visits.size(); v++) {
                LocalDate day = today.minusDays(visits.get(v).daysAgo());
                byOfficeAndYear.computeIfAbsent(visits.get(v).office() + "/" + day.getYear(), k -> new ArrayList<>()).add(v);
            }
            byOfficeAndYear.forEach((key, indexes) -> {
                String office = key.substring(0, key.indexOf('/'));
                int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
                DemoData.Account planner = visits.get(indexes.get(0)).inspector();
                LocalDate written = firstMonth.atDay(2).isAfter(LocalDate.of(year, 1, 2)) ? firstMonth.atDay(2) : LocalDate.of(year, 1, 2);
                List<InspectionPlanDtos.ItemInput> items = new ArrayList<>();
                List<Integer> itemVisits = new ArrayList<>();
                for (int n = 0; n < indexes.size(); n++) {
                    DemoInspections.Visit visit = visits.get(indexes.get(n));
                    YearMonth month = YearMonth.from(today.minusDays(visit.daysAgo()));
                    if (n % 5 == 4 && month.getMonthValue() > 1 && !month.minusMonths(1).atDay(1).isBefore(written)) {
                        month = month.minusMonths(1);
                    }
                    items.add(new InspectionPlanDtos.ItemInput(unitId(visit.unit()), month.toString(), null,
                            checklistIds.get(visit.checklist()), visit.inspectors(), null));
                    itemVisits.add(indexes.get(n));
                }
                String[] missed = "经发办".equals(office) ? new String[]{"红岩村", "二居"} : new String[]{"太平村"};
                for (int m = 0; m < missed.length; m++) {
                    YearMonth month = thisMonth.minusMonths(2 + 3L * m);
                    if (month.getYear() == year && !month.atDay(1).isBefore(written)) {
                        items.add(new InspectionPlanDtos.ItemInput(unitId(missed[m]), month.toString(), null, null, List.of(), "汛前检查"));
                        itemVisits.add(null);
                    }
                }
                if (thisMonth.plusMonths(1).getYear() == year) {
                    items.add(new InspectionPlanDtos.ItemInput(unitId("白云寺村"), thisMonth.plusMonths(1).toString(), null, null,
                            List.of(), null));
                    itemVisits.add(null);
                }
                at(at(written, 10, 30), "plan " + key, () -> as(planner, () -> {
                    InspectionPlanDtos.Detail plan = plans.create(valid(new InspectionPlanDtos.Input(unitId(office), year,
                            PlanKind.ANNUAL, null, "东溪镇" + office + year + "年度安全生产检查计划", null, items, null)));
                    // the detail lists items by month, then as added: match them back to the visits in that order
                    List<InspectionPlanDtos.Item> made = new ArrayList<>(plan.items());
                    made.sort(Comparator.comparingLong(InspectionPlanDtos.Item::id));
                    for (int n = 0; n < made.size(); n++) {
                        if (itemVisits.get(n) != null) {
                            planItems.put(itemVisits.get(n), made.get(n).id());
                        }
                    }
                    return null;
                }));
            });
        }

        private void inspect(int index, DemoInspections.Visit visit, LocalDate day, long photoSeed) {
            as(visit.inspector(), () -> {
                DemoInspections.Failure failure = visit.failure();
                InspectionDtos.Detail started = inspections.create(valid(new InspectionDtos.Input(unitId(visit.office()),
                        unitId(visit.unit()), day, visit.inspectors(), checklistIds.get(visit.checklist()), planItems.get(index),
                        null, visit.place(), visit.onSitePerson())));
                for (InspectionDtos.Result result : started.results()) {
                    boolean failed = failure != null && failure.itemNo() == result.itemNo();
                    List<Long> evidence = failed ? List.of(uploadPhoto(photoSeed, false)) : List.of();
                    inspections.fill(started.id(), result.itemNo(), valid(new InspectionDtos.ResultInput(result.version(),
                            failed ? InspectionOutcome.FAIL : InspectionOutcome.PASS, failed ? failure.description() : null,
                            evidence)));
                }
                inspections.finish(started.id(), valid(new InspectionDtos.FinishInput(inspections.detail(started.id()).version(),
                        visit.conclusion())));
                inspectionsDone++;
                if (failure != null) {
                    long version = inspections.detail(started.id()).results().get(failure.itemNo() - 1).version();
                    String sector = DemoInspections.CHECKLISTS.get(visit.checklist()).sector();
                    HazardDetailDto hazard = inspections.registerHazard(started.id(), failure.itemNo(), valid(
                            new InspectionDtos.HazardInput(version, failure.place(), failure.description(), failure.cause(),
                                    HazardGrade.GENERAL, responsiblePerson(visit.unit()), failure.measures(), null,
                                    day.plusDays(failure.deadlineDays()), contingency(sector), null)));
                    remember(failure.story(), hazard);
                    inspectionHazards++;
                }
                return null;
            });
        }

        /**
         * The gas campaign (led by 经发办), and each DemoCases story: its inspection finished on its day and
         * the case opened that afternoon, then each step of the chain on its own day, as the office that
         * conducts it (经发办's head; for the emergency office the town admin on its behalf).
         */
        private void planCases() {
            LocalDate starts = today.minusDays(DemoCases.CAMPAIGN_STARTS_DAYS_AGO);
            at(at(starts.minusDays(3), 9, 0), "campaign " + DemoCases.CAMPAIGN_TITLE, () -> as(OFFICE_HEAD, () -> {
                campaignId = campaigns.create(valid(new com.anjian.campaign.CampaignDtos.Input(DemoCases.CAMPAIGN_TITLE, "GAS", starts,
                        today.minusDays(DemoCases.CAMPAIGN_ENDS_DAYS_AGO), unitId("经发办"),
                        "对全镇餐饮场所瓶装液化气购销、存放、使用和燃气管道设施开展全覆盖检查，依法查处违法行为",
                        DemoCases.CAMPAIGN_UNITS.stream().map(this::unitId).toList(), null))).id();
                return null;
            }));
            List<DemoCases.CaseStory> stories = DemoCases.stories();
            for (int n = 0; n < stories.size(); n++) {
                planCase(n, stories.get(n));
            }
        }

        private void planCase(int index, DemoCases.CaseStory story) {
            LocalDate day = today.minusDays(story.daysAgo());
            String label = story.office() + "/" + story.unit();
            at(at(day, 14, index), "inspect-case " + label, () -> inspectAndOpen(index, story, day));
            DemoCases.End end = story.end();
            if (end == null || end == DemoCases.End.OPENED) {
                return;
            }
            LocalDate ordered = day.plusDays(DemoCases.ORDER);
            LocalDate deadline = ordered.plusDays(story.orderDays());
            step(ordered, "order", label, story, id -> enforcementCases.order(id, valid(new com.anjian.enforcement.EnforcementDtos.OrderInput(
                    version(id), story.order(), deadline))));
            if (end == DemoCases.End.ORDERED) {
                return;
            }
            if (end == DemoCases.End.WITHDRAWN) {
                step(ordered.plusDays(3), "withdraw", label, story, id -> enforcementCases.withdraw(id, valid(
                        new com.anjian.enforcement.EnforcementDtos.WithdrawInput(version(id), DemoCases.WITHDRAWN_REASON))));
                return;
            }
            LocalDate reinspected = deadline.plusDays(DemoCases.REINSPECT_AFTER_DEADLINE);
            step(reinspected, "reinspect", label, story, id -> enforcementCases.reinspect(id, valid(
                    new com.anjian.enforcement.EnforcementDtos.ReinspectInput(version(id), reinspected,
                            "经复查，当事人已按指令书要求完成整改", true))));
            if (end == DemoCases.End.NO_PENALTY) {
                step(reinspected.plusDays(1), "no-penalty", label, story, id -> enforcementCases.closeWithoutPenalty(id, valid(
                        new com.anjian.enforcement.EnforcementDtos.CloseWithoutPenaltyInput(version(id), DemoCases.NO_PENALTY_REASON,
                                "初次违法，危害后果轻微，并已在期限内改正"))));
                return;
            }
            java.math.BigDecimal fine = new java.math.BigDecimal(story.fine());
            LocalDate notified = reinspected.plusDays(DemoCases.NOTIFY_AFTER_REINSPECTION);
            step(notified, "notify", label, story, id -> enforcementCases.notifyPenalty(id, valid(
                    new com.anjian.enforcement.EnforcementDtos.NotifyPenaltyInput(version(id), story.penaltyBasis(), fine))));
            LocalDate decided = notified.plusDays(DemoCases.DECIDE_AFTER_NOTICE);
            step(decided, "decide", label, story, id -> enforcementCases.decidePenalty(id, valid(
                    new com.anjian.enforcement.EnforcementDtos.DecidePenaltyInput(version(id), story.penaltyBasis(), fine, decided))));
            if (end == DemoCases.End.WARNING_CLOSED) {
                step(decided.plusDays(1), "close", label, story, id -> enforcementCases.close(id, valid(
                        new com.anjian.enforcement.EnforcementDtos.CloseInput(version(id)))));
            } else if (end == DemoCases.End.PAID_AND_CLOSED) {
                LocalDate paid = decided.plusDays(DemoCases.PAY_AFTER_DECISION);
                String receipt = "FK" + paid.getYear() + String.format("%04d", 101 + index);
                step(paid, "payment", label, story, id -> enforcementCases.recordPayment(id, valid(
                        new com.anjian.enforcement.EnforcementDtos.PaymentInput(version(id), paid, receipt))));
                step(paid.plusDays(1), "close", label, story, id -> enforcementCases.close(id, valid(
                        new com.anjian.enforcement.EnforcementDtos.CloseInput(version(id)))));
            }
        }

        /** A step of the case of the story, as its office, at 10 in the morning of its day. */
        private void step(LocalDate day, String name, String label, DemoCases.CaseStory story, java.util.function.LongConsumer action) {
            int index = DemoCases.stories().indexOf(story);
            at(at(day, 10, index), "case-" + name + " " + label, () -> as(story.actor(), () -> {
                action.accept(caseIds.get(index));
                return null;
            }));
        }

        private long version(long caseId) {
            return enforcementCases.detail(caseId).version();
        }

        /** The story's inspection, its violation item failed and the others passed; its case opened at once (when it has one). */
        private void inspectAndOpen(int index, DemoCases.CaseStory story, LocalDate day) {
            as(story.actor(), () -> {
                List<String> inspectors = "经发办".equals(story.office()) ? List.of("刘洋", "周红") : List.of("王立新", "李华");
                InspectionDtos.Detail started = inspections.create(valid(new InspectionDtos.Input(unitId(story.office()),
                        unitId(story.unit()), day, inspectors, checklistIds.get(story.checklist()), null,
                        story.inCampaign() ? campaignId : null, story.place(), responsiblePersonOf(story.unit()))));
                String finding = story.facts() != null ? story.facts() : "职工食堂液化气钢瓶存放于通风不良的储藏间";
                for (InspectionDtos.Result result : started.results()) {
                    boolean failed = result.itemNo() == story.itemNo();
                    inspections.fill(started.id(), result.itemNo(), valid(new InspectionDtos.ResultInput(result.version(),
                            failed ? InspectionOutcome.FAIL : InspectionOutcome.PASS, failed ? finding : null, List.of())));
                }
                inspections.finish(started.id(), valid(new InspectionDtos.FinishInput(inspections.detail(started.id()).version(),
                        "发现违法行为一处，已当场指出并制作现场检查记录。")));
                inspectionsDone++;
                if (story.end() != null) {
                    long id = enforcementCases.open(valid(new com.anjian.enforcement.EnforcementDtos.OpenInput(started.id(),
                            unitId(story.office()), story.facts(), story.legalBasis()))).id();
                    caseIds.put(index, id);
                    casesOpened++;
                }
                return null;
            });
        }

        private static List<ChecklistDtos.ItemInput> itemInputs(List<DemoInspections.Item> items) {
            return items.stream().map(i -> new ChecklistDtos.ItemInput(i.text(), i.legalBasis(), i.violation())).toList();
        }

        /**
         * Each owing unit's ledger of each of the past twelve months: mostly in the first days of the
         * next month, some later than the due day; a few never; a few returned and resubmitted; the
         * months uploaded from paper are planned with their uploads ({@link #planImports}).
         */
        private void planLedgers() {
            int dueDay = config.ledger().dueDay();
            for (int u = 0; u < ledgerUnits.size(); u++) {
                String unit = ledgerUnits.get(u);
                for (int back = 12; back >= 1; back--) {
                    YearMonth period = thisMonth.minusMonths(back);
                    YearMonth next = period.plusMonths(1);
                    String key = unit + "/" + back;
                    // SplittableRandom, not Random: Random's first values from neighbouring seeds follow a pattern.
                    SplittableRandom random = new SplittableRandom(SEED * 31 + u * 100L + back);
                    switch (key) {
                        case "红岩村/6", "红岩村/2", "二居/1" -> {
                            // never handed in: red on the board
                        }
                        case "白云寺村/12", "太平村/8", "红岩村/5" -> {
                            // uploaded from paper, see planImports
                        }
                        case "二居/9" -> submitAt(unit, period, at(next.atDay(14), 16, 20), null);
                        case "平安办/3" -> submitAt(unit, period, at(next.atDay(9), 9, 40), null);
                        // after this month's review: waits for the next one
                        case "公房维修管理站/1" -> submitAt(unit, period, at(next.atDay(13), 11, 25), null);
                        case "经发办/4" -> {
                            submitAt(unit, period, at(next.atDay(3), 10, 15), null);
                            returnAt(unit, period, at(next.atDay(6), 11, 0), "台账中工业园区企业的隐患未写明整改进展，请补充后重新报送");
                            submitAt(unit, period, at(next.atDay(7), 9, 30), "已补充企业隐患整改进展，重新报送");
                        }
                        case "白云寺村/7" -> {
                            submitAt(unit, period, at(next.atDay(4), 17, 10), null);
                            returnAt(unit, period, at(next.atDay(6), 15, 30), "2组河堤垮塌隐患已过整改期限，请写明原因和进展后重新报送");
                            submitAt(unit, period, at(next.atDay(8), 10, 5), "河堤修复因连续降雨推迟，已在备注中说明");
                        }
                        case "一居/2" -> {
                            submitAt(unit, period, at(next.atDay(5), 16, 45), null);
                            returnAt(unit, period, at(next.atDay(9), 10, 20), "老街公房隐患的整改情况与现场检查不符，请核实后重新报送");
                        }
                        default -> {
                            int roll = random.nextInt(100);
                            int day = roll < 85 ? 1 + random.nextInt(dueDay) : 1 + dueDay + random.nextInt(7);
                            submitAt(unit, period, at(next.atDay(day), 8, 40 + random.nextInt(480)), null);
                        }
                    }
                }
            }
        }

        /** Three paper ledgers uploaded as Excel, and what was done in the app with their hazards afterwards. */
        private void planImports() {
            YearMonth first = firstMonth;
            YearMonth taiping = thisMonth.minusMonths(8);
            YearMonth hongyan = thisMonth.minusMonths(5);
            // The village officer's paper ledger of the first month, before he reported in the app.
            at(at(first.plusMonths(1).atDay(2), 10, 0), "import 白云寺村 " + first, () -> upload(OFFICER, "白云寺村", first,
                    "白云寺村" + first.getYear() + "年" + first.getMonthValue() + "月隐患台账.xlsx", List.of(
                            paper(first.atDay(3), "2组村道边", "路边电杆倾斜，电线下垂", "物", "联系供电所扶正电杆", "赵大山",
                                    first.atDay(10), 0, first.atDay(8), "李明", first.atDay(9), first.atDay(10)),
                            paper(first.atDay(12), "村卫生室", "灭火器过期", "物", "更换灭火器", "赵大山",
                                    first.atDay(20), 240, first.atDay(15), "李明", first.atDay(16), first.atDay(18)),
                            paper(first.atDay(20), "3组山坪塘", "塘坎无警示标志，常有儿童戏水", "环境", "设置警示牌和防护栏", "赵大山",
                                    first.plusMonths(1).atDay(10), 1800, first.atDay(24), "李明", first.atDay(25), null))));
            submitAt("白云寺村", first, at(first.plusMonths(1).atDay(2), 10, 20), "纸质台账已上传");
            at(at(first.plusMonths(1).atDay(6), 10, 0), "close the imported 3组山坪塘", () -> as(ADMIN, () -> {
                HazardSummaryDto hazard = findOne("3组山坪塘");
                hazards.close(hazard.id(), valid(new HazardStepInputs.Simple(hazard.version(), "据纸质台账复查结果销号")));
                steps++;
                return null;
            }));

            // The emergency office types in a village's paper ledger handed in late.
            at(at(taiping.plusMonths(1).atDay(11), 9, 30), "import 太平村 " + taiping, () -> upload(ADMIN, "太平村", taiping,
                    "太平村" + taiping.getMonthValue() + "月台账.xlsx", List.of(
                            paper(taiping.atDay(6), "4组农家乐厨房", "液化气钢瓶无防倾倒措施", "物", "加装钢瓶固定架", "钱有福",
                                    taiping.atDay(15), 150, taiping.atDay(12), "张学军", taiping.atDay(13), taiping.atDay(14)),
                            paper(taiping.atDay(18), "村小学围墙", "围墙局部开裂倾斜", "环境", "拆除重建开裂段", "钱有福",
                                    taiping.plusMonths(1).atDay(20), 6000, taiping.atDay(25), null, null, null))));
            submitAt("太平村", taiping, at(taiping.plusMonths(1).atDay(11), 10, 0), "据村里交来的纸质台账录入");
            at(at(taiping.plusMonths(1).atDay(14), 10, 30), "verify the imported 村小学围墙", () -> as(ADMIN, () -> {
                HazardSummaryDto hazard = findOne("村小学围墙");
                List<Long> evidence = List.of(uploadPhoto(SEED + 7001, true));
                LocalDate on = clock.today();
                hazards.verify(hazard.id(), valid(new HazardStepInputs.Verify(hazard.version(), true, on, "现场复查，围墙已重建", evidence)));
                steps++;
                return null;
            }));
            at(at(taiping.plusMonths(1).atDay(15), 9, 10), "close the imported 村小学围墙", () -> as(ADMIN, () -> {
                HazardSummaryDto hazard = findOne("村小学围墙");
                hazards.close(hazard.id(), valid(new HazardStepInputs.Simple(hazard.version(), null)));
                steps++;
                return null;
            }));

            // Another village's paper ledger, uploaded twice by mistake: the second upload creates nothing.
            String hongyanFile = "红岩村" + hongyan.getMonthValue() + "月隐患排查整改台账.xlsx";
            List<DemoSheets.PaperLine> hongyanLines = List.of(
                    paper(hongyan.atDay(8), "村委会配电箱", "配电箱无漏电保护器", "物", "安装漏电保护器", "周建国",
                            hongyan.atDay(15), 300, hongyan.atDay(10), "刘德明", hongyan.atDay(11), hongyan.atDay(12)),
                    paper(hongyan.atDay(14), "2组蓄水池", "蓄水池无盖板、无护栏", "环境", "加盖板，设护栏", "周建国",
                            hongyan.atDay(25), 2500, hongyan.atDay(20), "刘德明", hongyan.atDay(21), hongyan.atDay(22)));
            at(at(hongyan.plusMonths(1).atDay(3), 14, 0), "import 红岩村 " + hongyan,
                    () -> upload(ADMIN, "红岩村", hongyan, hongyanFile, hongyanLines));
            at(at(hongyan.plusMonths(1).atDay(3), 14, 10), "import 红岩村 again " + hongyan,
                    () -> upload(ADMIN, "红岩村", hongyan, hongyanFile, hongyanLines));
            submitAt("红岩村", hongyan, at(hongyan.plusMonths(1).atDay(3), 14, 20), null);
        }

        /** On the 10th of each month the emergency office accepts every ledger waiting for review. */
        private void planReviews() {
            for (YearMonth month = firstMonth.plusMonths(1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
                at(at(month.atDay(10), 15, 0), "review ledgers", () -> as(ADMIN, () -> {
                    for (String key : List.copyOf(toReview)) {
                        String[] parts = key.split("/");
                        long unitId = unitId(parts[0]);
                        LedgerDtos.Ledger ledger = ledgers.view(unitId, parts[1]);
                        if (ledger.state() == LedgerState.SUBMITTED) {
                            ledgers.accept(unitId, parts[1], valid(new LedgerDtos.Accept(ledger.version())));
                        }
                        toReview.remove(key);
                    }
                    return null;
                }));
            }
        }

        /** The daily check at 07:30 of every day of the year, this town only. */
        private void planOverdueChecks() {
            for (LocalDate day = firstMonth.atDay(1); !day.isAfter(today); day = day.plusDays(1)) {
                LocalDate checked = day;
                at(at(day, OVERDUE_CHECK_AT.getHour(), OVERDUE_CHECK_AT.getMinute()), "overdue check", () -> {
                    overdueCheck.run(checked, townId);
                    checks++;
                });
            }
        }

        /** People read their notifications: each on the first working morning of a month, so this month's are new. */
        private void planReading() {
            for (YearMonth month = firstMonth.plusMonths(1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
                int minute = 45;
                for (DemoData.Account account : DemoData.ACCOUNTS) {
                    at(at(month.atDay(1), 8, minute++), "read notifications", () -> as(account, () -> notifications.markAllRead()));
                }
            }
        }

        // ------------------------------------------------------------------ the actions

        private void report(HazardStory story, LocalDate foundOn, long photoSeed) {
            as(story.reporter, () -> {
                List<Long> evidence = story.reportPhoto ? List.of(uploadPhoto(photoSeed, false)) : List.of();
                HazardInput input = new HazardInput(unitId(story.unit), story.place, story.description, story.sector, story.cause,
                        story.grade, story.source, null, foundOn, story.recurrenceOf == null ? null : story.recurrenceOf.hazardId,
                        evidence);
                remember(story, hazards.report(valid(input)));
                return null;
            });
        }

        private void step(HazardStory story, HazardStory.Step step, LocalDate day, long photoSeed) {
            as(step.actor(), () -> {
                long id = story.hazardId;
                long version = story.version;
                List<Long> evidence = step.photo() ? List.of(uploadPhoto(photoSeed, step.kind() != HazardStory.Kind.PROGRESS)) : List.of();
                HazardDetailDto after = switch (step.kind()) {
                    case REGISTER -> hazards.register(id, valid(new HazardStepInputs.Register(version, story.grade,
                            unitId(step.unit()), responsiblePerson(step.unit()), step.text(), step.funds(), day.plusDays(step.days()),
                            contingency(story.sector), story.treatmentPlan, null)));
                    case DISTRICT -> hazards.reportToDistrict(id, valid(new HazardStepInputs.Simple(version, step.text())));
                    case ORDER -> hazards.order(id, valid(new HazardStepInputs.Order(version, step.text(), day.plusDays(step.days()),
                            List.of())));
                    case PROGRESS -> hazards.progress(id, valid(new HazardStepInputs.Progress(version, step.text(), evidence)));
                    case COMPLETE -> hazards.complete(id, valid(new HazardStepInputs.Complete(version, day, step.text(), evidence)));
                    case FAIL -> hazards.verify(id, valid(new HazardStepInputs.Verify(version, false, null, step.text(), List.of())));
                    case VERIFY -> hazards.verify(id, valid(new HazardStepInputs.Verify(version, true, day, step.text(), evidence)));
                    case CLOSE -> hazards.close(id, valid(new HazardStepInputs.Simple(version, step.text())));
                };
                remember(story, after);
                steps++;
                return null;
            });
        }

        private void remember(HazardStory story, HazardDetailDto detail) {
            story.hazardId = detail.summary().id();
            story.version = detail.summary().version();
        }

        private long uploadPhoto(long seed, boolean fixed) {
            Path file = DemoPhotos.write(seed, fixed);
            try {
                photos++;
                return attachments.upload(file, (fixed ? "整改后" : "现场") + "-" + Long.toString(Math.abs(seed) % 100_000, 36) + ".jpg").id();
            } finally {
                delete(file);
            }
        }

        private void submitAt(String unit, YearMonth period, Instant when, String note) {
            DemoData.Account account = ledgerKeeper(unit);
            at(when, "submit " + unit + " " + period, () -> as(account, () -> {
                long id = unitId(unit);
                LedgerDtos.Ledger ledger = ledgers.view(id, period.toString());
                boolean nil = ledger.lines().isEmpty();
                String text = note != null ? note : nil && (period.getMonthValue() % 3 == 0) ? "本月无隐患" : null;
                ledgers.submit(id, period.toString(), valid(new LedgerDtos.Submit(ledger.version(), nil, text)));
                toReview.add(unit + "/" + period);
                submissions++;
                return null;
            }));
        }

        private void returnAt(String unit, YearMonth period, Instant when, String reason) {
            at(when, "return " + unit + " " + period, () -> as(ADMIN, () -> {
                long id = unitId(unit);
                LedgerDtos.Ledger ledger = ledgers.view(id, period.toString());
                ledgers.returnLedger(id, period.toString(), valid(new LedgerDtos.Return(ledger.version(), reason)));
                return null;
            }));
        }

        private void upload(DemoData.Account account, String unit, YearMonth period, String filename, List<DemoSheets.PaperLine> lines) {
            Path file = DemoSheets.write(unit, period.toString(), lines);
            try {
                as(account, () -> imports.importFile(unitId(unit), period.toString(), file, filename));
                importsDone++;
            } finally {
                delete(file);
            }
        }

        /** The one hazard of the town whose place is this (as the list's search finds it). */
        private HazardSummaryDto findOne(String place) {
            HazardFilter filter = new HazardFilter();
            filter.q = place;
            List<HazardSummaryDto> found = hazards.list(filter, new PageParams()).items.stream()
                    .filter(h -> h.place().equals(place)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one hazard at " + place + ", found " + found.size());
            }
            return found.get(0);
        }

        // ------------------------------------------------------------------ running it

        private record Entry(Instant at, int order, String label, Runnable action) {
        }

        private void at(Instant when, String label, Runnable action) {
            timeline.add(new Entry(when, timeline.size(), label, action));
        }

        private void run() {
            timeline.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::order));
            Map<String, long[]> spent = new java.util.TreeMap<>();
            for (Entry entry : timeline) {
                if (entry.at().isAfter(realNow)) {
                    skipped++;
                    continue;
                }
                long started = System.nanoTime();
                try {
                    BusinessClock.asOf(entry.at(), entry.action());
                } catch (RuntimeException e) {
                    throw new IllegalStateException("demo history: " + entry.label() + " at " + entry.at() + " failed", e);
                }
                long[] kind = spent.computeIfAbsent(entry.label().split(" ")[0], k -> new long[2]);
                kind[0]++;
                kind[1] += System.nanoTime() - started;
            }
            LOG.debugf("demo history: %d actions, %d not yet due; time by kind: %s", timeline.size() - skipped, skipped,
                    spent.entrySet().stream().map(e -> String.format("%s %d× %.1f s", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e9))
                            .collect(Collectors.joining(", ")));
        }

        private <T> T as(DemoData.Account account, Supplier<T> work) {
            return acting.as(spec.login(account.login()), account.roles(), work);
        }

        private <T> T valid(T input) {
            Set<ConstraintViolation<T>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("demo input refused: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
            }
            return input;
        }

        private long unitId(String name) {
            Long id = unitIds.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no demo unit " + name);
            }
            return id;
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(LocalTime.of(hour, 0).plusMinutes(minute)).atZone(clock.zone()).toInstant();
        }
    }

    // ------------------------------------------------------------------ who and what

    /** Who keeps a unit's ledger: its own office head or village officer, else the emergency office on its behalf. */
    private static DemoData.Account ledgerKeeper(String unit) {
        return switch (unit) {
            case "经发办" -> OFFICE_HEAD;
            case "规划自然资源所" -> OFFICE_HEAD2;
            case "白云寺村" -> OFFICER;
            case "一居" -> OFFICER2;
            default -> ADMIN;
        };
    }

    /** Who answers for a unit's safety on site (its 责任人). */
    static String responsiblePersonOf(String unit) {
        return responsiblePerson(unit);
    }

    private static String responsiblePerson(String unit) {
        return switch (unit) {
            case "白云寺村" -> "赵大山";
            case "一居" -> "孙丽";
            case "太平村" -> "钱有福";
            case "红岩村" -> "周建国";
            case "二居" -> "吴晓梅";
            case "经发办" -> "刘洋";
            case "规划自然资源所" -> "陈静";
            case "东溪镇供销合作社" -> "黄德明";
            case "东溪镇卫生院" -> "马文华";
            case "农业服务中心" -> "彭国强";
            default -> "王立新";
        };
    }

    private static String contingency(String sector) {
        return switch (sector) {
            case "GEOLOGICAL_HAZARD" -> "落实专人监测，出现险情立即组织受威胁群众撤离至安置点";
            case "FLOOD" -> "汛期24小时值守，强降雨时转移下游和低洼处群众";
            case "FIRE", "PUBLIC_GATHERINGS" -> "配足灭火器材，保持疏散通道畅通，发现火情立即报警并组织疏散";
            case "GAS" -> "整改前停止使用燃气，配备灭火器，发生泄漏立即关阀、通风、疏散";
            case "FIREWORKS", "HAZARDOUS_CHEMICALS" -> "整改前停止经营或储存，设置警戒区，严禁烟火";
            case "CONSTRUCTION", "INDUSTRY_TRADE", "SPECIAL_EQUIPMENT" -> "整改前停止相关设备或作业，设置警示标志";
            case "ROAD_TRAFFIC" -> "设置临时警示标志，加强巡查，雨雾天气限速通行";
            case "PUBLIC_HOUSING" -> "设置警戒围挡，禁止人员进入，雨天加强巡查";
            default -> "设置警示标志，落实专人巡查";
        };
    }

    private static DemoSheets.PaperLine paper(LocalDate foundOn, String place, String description, String category, String measures,
                                              String responsible, LocalDate deadline, int funds, LocalDate completedOn,
                                              String reviewer, LocalDate reviewedOn, LocalDate closedOn) {
        return new DemoSheets.PaperLine(foundOn, place, description, category, "一般", measures, responsible, deadline,
                BigDecimal.valueOf(funds), completedOn, reviewer, reviewedOn, closedOn, null);
    }

    private static long seedOf(int story, int step) {
        return SEED * 1000 + story * 20L + step;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
