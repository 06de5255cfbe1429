package com.anjian.hazard;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.anjian.hazard.HazardAction.COMPLETE;
import static com.anjian.hazard.HazardAction.CLOSE;
import static com.anjian.hazard.HazardAction.ORDER;
import static com.anjian.hazard.HazardAction.PROGRESS;
import static com.anjian.hazard.HazardAction.REGISTER;
import static com.anjian.hazard.HazardAction.REPORT;
import static com.anjian.hazard.HazardAction.REPORT_TO_DISTRICT;
import static com.anjian.hazard.HazardAction.VERIFICATION_FAILED;
import static com.anjian.hazard.HazardAction.VERIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the loop without a server: every action against every status of a hazard and every
 * kind of caller, each expectation written out, not derived from the code under test.
 */
class HazardWorkflowTest {

    private static final long EMERGENCY_OFFICE = 1, OFFICE = 2, VILLAGE = 10, OTHER_VILLAGE = 11;

    /** The callers the rules tell apart. */
    enum Who {
        ADMIN(Roles.TOWN_ADMIN, EMERGENCY_OFFICE),
        LEADER(Roles.LEADER, 3),
        OFFICE_HEAD(Roles.OFFICE_HEAD, OFFICE),
        RESPONSIBLE_VILLAGE_OFFICER(Roles.VILLAGE_OFFICER, VILLAGE),
        OTHER_VILLAGE_OFFICER(Roles.VILLAGE_OFFICER, OTHER_VILLAGE),
        INTEGRATION(Roles.INTEGRATION, null);

        final String role;
        final Long unitId;

        Who(String role, long unitId) {
            this(role, Long.valueOf(unitId));
        }

        Who(String role, Long unitId) {
            this.role = role;
            this.unitId = unitId;
        }

        Caller caller(String username) {
            return new Caller(username, Set.of(role), unitId == null ? null : 100L, "名字", null, unitId, "单位",
                    unitId == null ? null : UnitKind.OFFICE, 1L, "500110109", "东溪镇");
        }

        Caller caller() {
            return caller(name().toLowerCase());
        }
    }

    // ------------------------------------------------------------------ state × action

    /** Which action each status admits (for a general hazard; the district report is a major hazard's). */
    private static final Map<HazardStatus, Set<HazardAction>> STATE_ADMITS = new EnumMap<>(Map.of(
            HazardStatus.FOUND, EnumSet.of(REGISTER),
            HazardStatus.REGISTERED, EnumSet.of(ORDER),
            HazardStatus.RECTIFYING, EnumSet.of(PROGRESS, COMPLETE),
            HazardStatus.AWAITING_VERIFICATION, EnumSet.of(PROGRESS, VERIFY, VERIFICATION_FAILED),
            HazardStatus.VERIFIED, EnumSet.of(CLOSE),
            HazardStatus.CLOSED, EnumSet.noneOf(HazardAction.class)));

    static Stream<Arguments> everyActionInEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (HazardStatus status : HazardStatus.values()) {
            for (HazardAction action : HazardAction.values()) {
                cases.add(Arguments.of(action, status));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} hazard")
    @MethodSource("everyActionInEveryStatus")
    void noStepIsSkippedOrRepeated(HazardAction action, HazardStatus status) {
        assertEquals(STATE_ADMITS.get(status).contains(action), HazardWorkflow.stateAllows(action, hazard(status, HazardGrade.GENERAL, false)),
                action + " on " + status);
    }

    @ParameterizedTest(name = "district report of a major hazard that is {0}")
    @EnumSource(HazardStatus.class)
    void aMajorHazardAwaitsItsDistrictReportFromRegistrationUntilMarked(HazardStatus status) {
        assertEquals(status != HazardStatus.FOUND, HazardWorkflow.stateAllows(REPORT_TO_DISTRICT, hazard(status, HazardGrade.MAJOR, false)));
        assertFalse(HazardWorkflow.stateAllows(REPORT_TO_DISTRICT, hazard(status, HazardGrade.MAJOR, true)), "marked once only");
        assertFalse(HazardWorkflow.stateAllows(REPORT_TO_DISTRICT, hazard(status, HazardGrade.GENERAL, false)), "general hazards are not reported");
    }

    // ------------------------------------------------------------------ role × action

    /** Which action each caller's role permits on a hazard assigned to VILLAGE. */
    private static final Map<Who, Set<HazardAction>> ROLE_PERMITS = new EnumMap<>(Map.of(
            Who.ADMIN, EnumSet.allOf(HazardAction.class),
            Who.LEADER, EnumSet.noneOf(HazardAction.class),
            Who.OFFICE_HEAD, EnumSet.of(REPORT, REGISTER, ORDER, PROGRESS, COMPLETE, VERIFY, VERIFICATION_FAILED, CLOSE),
            Who.RESPONSIBLE_VILLAGE_OFFICER, EnumSet.of(REPORT, PROGRESS, COMPLETE),
            Who.OTHER_VILLAGE_OFFICER, EnumSet.of(REPORT),
            Who.INTEGRATION, EnumSet.noneOf(HazardAction.class)));

    static Stream<Arguments> everyActionByEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (HazardAction action : HazardAction.values()) {
                cases.add(Arguments.of(action, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyActionByEveryone")
    void whoMayTakeWhichStep(HazardAction action, Who who) {
        Hazard hazard = action == REPORT ? null : hazard(HazardStatus.RECTIFYING, HazardGrade.MAJOR, false);
        assertEquals(ROLE_PERMITS.get(who).contains(action), HazardWorkflow.roleAllows(action, hazard, who.caller()),
                action + " by " + who);
    }

    @Test
    void aVillageOfficerActsOnlyOnceTheHazardIsAssignedToTheirVillage() {
        Hazard found = hazard(HazardStatus.FOUND, HazardGrade.GENERAL, false);
        for (HazardAction action : List.of(PROGRESS, COMPLETE)) {
            assertFalse(HazardWorkflow.roleAllows(action, found, Who.RESPONSIBLE_VILLAGE_OFFICER.caller()), "not yet assigned: " + action);
        }
    }

    // ------------------------------------------------------------------ reporting

    @ParameterizedTest(name = "{0} reports in their own unit and in another")
    @EnumSource(Who.class)
    void villageOfficersReportOnlyInTheirOwnVillage(Who who) {
        boolean reports = who != Who.LEADER && who != Who.INTEGRATION;
        boolean anywhere = who == Who.ADMIN || who == Who.OFFICE_HEAD;
        Caller caller = who.caller();
        long own = who.unitId == null ? 99 : who.unitId;
        assertEquals(reports, HazardWorkflow.mayReportIn(own, caller), who + " in own unit");
        assertEquals(reports && anywhere, HazardWorkflow.mayReportIn(OTHER_VILLAGE + 100, caller), who + " in another unit");
    }

    // ------------------------------------------------------------------ person

    @ParameterizedTest(name = "{0} by whoever reported the work done")
    @EnumSource(HazardAction.class)
    void theRectifierNeverVerifies(HazardAction action) {
        Hazard hazard = hazard(HazardStatus.AWAITING_VERIFICATION, HazardGrade.GENERAL, false);
        hazard.rectifiedBy = "office_head";
        boolean verifying = action == VERIFY || action == VERIFICATION_FAILED;
        assertEquals(!verifying, HazardWorkflow.personAllows(action, hazard, Who.OFFICE_HEAD.caller()), action.name());
        assertTrue(HazardWorkflow.personAllows(action, hazard, Who.ADMIN.caller()), "anyone else may");
        assertTrue(HazardWorkflow.isRectifier(hazard, Who.OFFICE_HEAD.caller()));
        assertFalse(HazardWorkflow.isRectifier(hazard, Who.ADMIN.caller()));
    }

    // ------------------------------------------------------------------ all together: what the UI offers

    /** What each caller is offered on a general hazard in each status (nobody here rectified it). */
    private static final Map<HazardStatus, Map<Who, Set<HazardAction>>> OFFERED = new EnumMap<>(HazardStatus.class);

    static {
        Set<HazardAction> none = EnumSet.noneOf(HazardAction.class);
        OFFERED.put(HazardStatus.FOUND, offers(EnumSet.of(REGISTER), EnumSet.of(REGISTER), none));
        OFFERED.put(HazardStatus.REGISTERED, offers(EnumSet.of(ORDER), EnumSet.of(ORDER), none));
        OFFERED.put(HazardStatus.RECTIFYING, offers(EnumSet.of(PROGRESS, COMPLETE), EnumSet.of(PROGRESS, COMPLETE), EnumSet.of(PROGRESS, COMPLETE)));
        OFFERED.put(HazardStatus.AWAITING_VERIFICATION, offers(EnumSet.of(PROGRESS, VERIFY), EnumSet.of(PROGRESS, VERIFY), EnumSet.of(PROGRESS)));
        OFFERED.put(HazardStatus.VERIFIED, offers(EnumSet.of(CLOSE), EnumSet.of(CLOSE), none));
        OFFERED.put(HazardStatus.CLOSED, offers(none, none, none));
    }

    private static Map<Who, Set<HazardAction>> offers(Set<HazardAction> admin, Set<HazardAction> officeHead, Set<HazardAction> responsibleVillage) {
        Map<Who, Set<HazardAction>> offers = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            offers.put(who, EnumSet.noneOf(HazardAction.class));
        }
        offers.put(Who.ADMIN, admin);
        offers.put(Who.OFFICE_HEAD, officeHead);
        offers.put(Who.RESPONSIBLE_VILLAGE_OFFICER, responsibleVillage);
        return offers;
    }

    static Stream<Arguments> everyoneOnEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (HazardStatus status : HazardStatus.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(status, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} hazard")
    @MethodSource("everyoneOnEveryStatus")
    void whatEachCallerIsOffered(HazardStatus status, Who who) {
        assertEquals(OFFERED.get(status).get(who), HazardWorkflow.allowed(hazard(status, HazardGrade.GENERAL, false), who.caller()));
        Set<HazardAction> major = EnumSet.noneOf(HazardAction.class);
        major.addAll(OFFERED.get(status).get(who));
        if (who == Who.ADMIN && status != HazardStatus.FOUND) {
            major.add(REPORT_TO_DISTRICT);
        }
        assertEquals(major, HazardWorkflow.allowed(hazard(status, HazardGrade.MAJOR, false), who.caller()), "major, not yet reported");
    }

    @Test
    void theRectifierIsNotOfferedVerification() {
        Hazard hazard = hazard(HazardStatus.AWAITING_VERIFICATION, HazardGrade.GENERAL, false);
        hazard.rectifiedBy = "office_head";
        assertEquals(EnumSet.of(PROGRESS), HazardWorkflow.allowed(hazard, Who.OFFICE_HEAD.caller()));
        assertEquals(EnumSet.of(PROGRESS, VERIFY), HazardWorkflow.allowed(hazard, Who.OFFICE_HEAD.caller("another_head")));
    }

    @Test
    void theStatusSplitsRectifyingByWhetherTheWorkIsReportedDone() {
        for (HazardStatus status : HazardStatus.values()) {
            Hazard hazard = hazard(status, HazardGrade.GENERAL, false);
            assertEquals(status, HazardStatus.of(hazard));
            assertEquals(status.state(), hazard.state);
        }
    }

    /** A hazard of VILLAGE in the given status; from registration on, VILLAGE is responsible for it. */
    private static Hazard hazard(HazardStatus status, HazardGrade grade, boolean reportedToDistrict) {
        Hazard hazard = new Hazard();
        hazard.id = 7L;
        hazard.unit = unit(VILLAGE);
        hazard.reportingUnit = unit(VILLAGE);
        hazard.grade = grade;
        hazard.foundOn = LocalDate.of(2026, 3, 2);
        hazard.state = status.state();
        if (status != HazardStatus.FOUND) {
            hazard.responsibleUnit = unit(VILLAGE);
            hazard.deadline = LocalDate.of(2026, 3, 20);
        }
        if (status.compareTo(HazardStatus.AWAITING_VERIFICATION) >= 0) {
            hazard.completedOn = LocalDate.of(2026, 3, 10);
            hazard.rectifiedBy = "rectifier";
        }
        if (reportedToDistrict) {
            hazard.districtReportedAt = Instant.parse("2026-03-03T02:00:00Z");
        }
        return hazard;
    }

    private static Unit unit(long id) {
        Unit unit = new Unit();
        unit.id = id;
        return unit;
    }
}
