package com.anjian.ledger;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with a unit's monthly ledger, written once: the service's checks and the actions a
 * ledger offers its reader both ask here.
 * <ul>
 *   <li>read: town admins and leaders any unit's of their town; everyone else their own unit's;</li>
 *   <li>submit and import: the emergency office for any unit (e.g. one without an officer yet),
 *       village officers and office heads for their own unit, while the ledger is a draft or returned
 *       and the month is owed and has begun;</li>
 *   <li>return and accept: the emergency office only, a submitted ledger.</li>
 * </ul>
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    public static boolean mayRead(Caller caller, long unitId) {
        return caller.isTownWide() || Objects.equals(caller.unitId(), unitId);
    }

    public static boolean mayWrite(Caller caller, long unitId) {
        boolean ownUnit = Objects.equals(caller.unitId(), unitId)
                && (caller.is(Roles.VILLAGE_OFFICER) || caller.is(Roles.OFFICE_HEAD));
        return caller.is(Roles.TOWN_ADMIN) || ownUnit;
    }

    public static boolean mayReview(Caller caller) {
        return caller.is(Roles.TOWN_ADMIN);
    }

    /** A draft or a returned ledger takes imports and a (re)submission; a submitted or accepted one does not. */
    public static boolean editable(LedgerState state) {
        return state == LedgerState.DRAFT || state == LedgerState.RETURNED;
    }

    /**
     * What the caller may do with the ledger now.
     *
     * @param open the month is owed by the unit and has begun (a future or not-owed month takes nothing)
     */
    public static Set<LedgerDtos.LedgerAction> allowed(Caller caller, long unitId, LedgerState state, boolean open) {
        Set<LedgerDtos.LedgerAction> allowed = EnumSet.noneOf(LedgerDtos.LedgerAction.class);
        if (open && editable(state) && mayWrite(caller, unitId)) {
            allowed.add(LedgerDtos.LedgerAction.IMPORT);
            allowed.add(LedgerDtos.LedgerAction.SUBMIT);
        }
        if (state == LedgerState.SUBMITTED && mayReview(caller)) {
            allowed.add(LedgerDtos.LedgerAction.RETURN);
            allowed.add(LedgerDtos.LedgerAction.ACCEPT);
        }
        return allowed;
    }
}
