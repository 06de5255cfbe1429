package com.anjian.hazard;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the five-step loop: which step may follow which, and who may take it. The caller is
 * assumed to see the hazard already ({@link HazardScope}); these rules narrow what they may do:
 * <ul>
 *   <li>report: town admins and office heads in any unit of the town, village officers only in their
 *       own village;</li>
 *   <li>register, order, verify, close: town admins (any hazard of the town) and office heads (the
 *       hazards their office sees: at, reported by or assigned to it, or in a sector it supervises);</li>
 *   <li>progress and complete: those, and the village officers of the responsible village;</li>
 *   <li>district report: town admins only;</li>
 *   <li>leaders and machine clients read only.</li>
 * </ul>
 * Whoever reported the rectification done may not verify it.
 */
public final class HazardWorkflow {

    private HazardWorkflow() {
    }

    /** Whether the hazard's current state admits the action (no step skipped or repeated). */
    public static boolean stateAllows(HazardAction action, Hazard hazard) {
        return switch (action) {
            case REPORT -> false;
            case REGISTER -> hazard.state == HazardState.FOUND;
            case ORDER -> hazard.state == HazardState.REGISTERED;
            case PROGRESS -> hazard.state == HazardState.RECTIFYING;
            case COMPLETE -> hazard.state == HazardState.RECTIFYING && hazard.completedOn == null;
            case VERIFY, VERIFICATION_FAILED -> hazard.state == HazardState.RECTIFYING && hazard.completedOn != null;
            case CLOSE -> hazard.state == HazardState.VERIFIED;
            case REPORT_TO_DISTRICT -> hazard.awaitsDistrictReport();
        };
    }

    /** Whether the caller's role and relation to the hazard permit the action at all (hazard is null for REPORT). */
    public static boolean roleAllows(HazardAction action, Hazard hazard, Caller caller) {
        boolean admin = caller.is(Roles.TOWN_ADMIN);
        boolean officeHead = caller.is(Roles.OFFICE_HEAD);
        boolean responsibleVillage = caller.is(Roles.VILLAGE_OFFICER) && hazard != null && hazard.responsibleUnit != null
                && Objects.equals(hazard.responsibleUnit.id, caller.unitId());
        return switch (action) {
            case REPORT -> admin || officeHead || caller.is(Roles.VILLAGE_OFFICER);
            case REGISTER, ORDER, VERIFY, VERIFICATION_FAILED, CLOSE -> admin || officeHead;
            case PROGRESS, COMPLETE -> admin || officeHead || responsibleVillage;
            case REPORT_TO_DISTRICT -> admin;
        };
    }

    /** Whether the caller may report a hazard in the unit: a village officer only in their own village. */
    public static boolean mayReportIn(long unitId, Caller caller) {
        if (!roleAllows(HazardAction.REPORT, null, caller)) {
            return false;
        }
        boolean onlyVillageOfficer = !caller.is(Roles.TOWN_ADMIN) && !caller.is(Roles.OFFICE_HEAD);
        return !onlyVillageOfficer || Objects.equals(unitId, caller.unitId());
    }

    /** Verification must be done by someone other than whoever reported the rectification done. */
    public static boolean isRectifier(Hazard hazard, Caller caller) {
        return hazard.rectifiedBy != null && hazard.rectifiedBy.equals(caller.username());
    }

    /** Whether this person, beyond their role, may take the action: the rectifier never verifies. */
    public static boolean personAllows(HazardAction action, Hazard hazard, Caller caller) {
        return !((action == HazardAction.VERIFY || action == HazardAction.VERIFICATION_FAILED) && isRectifier(hazard, caller));
    }

    /** The message key saying why {@link #personAllows} refused the action. */
    public static String personRefusal(HazardAction action) {
        return "hazard.verify.not-rectifier";
    }

    /** What the caller can do now, for the UI to offer only those. */
    public static Set<HazardAction> allowed(Hazard hazard, Caller caller) {
        Set<HazardAction> allowed = EnumSet.noneOf(HazardAction.class);
        for (HazardAction action : HazardAction.values()) {
            if (action != HazardAction.REPORT && action != HazardAction.VERIFICATION_FAILED
                    && stateAllows(action, hazard) && roleAllows(action, hazard, caller) && personAllows(action, hazard, caller)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
