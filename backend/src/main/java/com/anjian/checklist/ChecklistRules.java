package com.anjian.checklist;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;
import com.anjian.unit.Unit;

import java.util.Collection;
import java.util.Objects;

/**
 * Who keeps which checklist: town admins any of their town; an office head those its own office keeps
 * in a sector over which the office holds enforcement powers (管行业必须管安全 — it checks against what
 * it enforces). Everyone else reads only.
 */
public final class ChecklistRules {

    private ChecklistRules() {
    }

    /**
     * @param owner        the office that keeps (or is to keep) the checklist; null: the emergency office
     * @param callerSectors the sectors the caller's unit covers
     */
    public static boolean mayMaintain(Caller caller, Unit owner, String sectorCode, Collection<String> callerSectors) {
        if (caller.is(Roles.TOWN_ADMIN)) {
            return true;
        }
        if (!caller.is(Roles.OFFICE_HEAD) || owner == null) {
            return false;
        }
        return Objects.equals(owner.id, caller.unitId()) && owner.enforcementPowers && callerSectors.contains(sectorCode);
    }
}
