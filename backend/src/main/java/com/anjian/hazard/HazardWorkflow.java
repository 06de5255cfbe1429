package com.anjian.hazard;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the five-step loop: which step may follow which, and who may take it. The caller is
 * assumed to see the hazard already ({@link HazardScope}); these rules narrow what they may do.
 */
public final class HazardWorkflow {

    private HazardWorkflow() {
    }

    /** Whether the hazard's current state admits the action (no step skipped or repeated). */
    public static boolean stateAllows(HazardAction action, Hazard hazard) {
        return switch (action) {
            case REPORT, VERIFICATION_FAILED -> false;
            case REGISTER -> hazard.state == HazardState.FOUND;
            case ORDER -> hazard.state == HazardState.REGISTERED;
            case PROGRESS -> hazard.state == HazardState.RECTIFYING;
            case COMPLETE -> hazard.state == HazardState.RECTIFYING && hazard.completedOn == null;
            case VERIFY -> hazard.state == HazardState.RECTIFYING && hazard.completedOn != null;
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

    /** Verification must be done by someone other than whoever reported the rectification done. */
    public static boolean isRectifier(Hazard hazard, Caller caller) {
        return hazard.rectifiedBy != null && hazard.rectifiedBy.equals(caller.username());
    }

    /** What the caller can do now, for the UI to offer only those. */
    public static Set<HazardAction> allowed(Hazard hazard, Caller caller) {
        Set<HazardAction> allowed = EnumSet.noneOf(HazardAction.class);
        for (HazardAction action : HazardAction.values()) {
            if (action != HazardAction.REPORT && stateAllows(action, hazard) && roleAllows(action, hazard, caller)
                    && !(action == HazardAction.VERIFY && isRectifier(hazard, caller))) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
