package com.anjian.ledger;

import com.anjian.common.security.Caller;
import com.anjian.common.security.Roles;
import com.anjian.unit.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static com.anjian.ledger.LedgerDtos.LedgerAction.ACCEPT;
import static com.anjian.ledger.LedgerDtos.LedgerAction.IMPORT;
import static com.anjian.ledger.LedgerDtos.LedgerAction.RETURN;
import static com.anjian.ledger.LedgerDtos.LedgerAction.SUBMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do what with a ledger, for every role and state (plain JUnit). */
class LedgerRulesTest {

    private static final long OWN = 7, OTHER = 8;

    private static Caller caller(String role) {
        return new Caller("u", Set.of(role), 1L, "某人", null, OWN, "本单位", UnitKind.VILLAGE, 1L, "500110109", "东溪镇");
    }

    @Test
    void readingIsForTownWideRolesAndTheUnitItself() {
        assertTrue(LedgerRules.mayRead(caller(Roles.TOWN_ADMIN), OTHER));
        assertTrue(LedgerRules.mayRead(caller(Roles.LEADER), OTHER));
        assertTrue(LedgerRules.mayRead(caller(Roles.VILLAGE_OFFICER), OWN));
        assertFalse(LedgerRules.mayRead(caller(Roles.VILLAGE_OFFICER), OTHER));
        assertTrue(LedgerRules.mayRead(caller(Roles.OFFICE_HEAD), OWN));
        assertFalse(LedgerRules.mayRead(caller(Roles.OFFICE_HEAD), OTHER));
    }

    @Test
    void writingIsForTheEmergencyOfficeAndTheUnitsOwnOfficerOrHead() {
        assertTrue(LedgerRules.mayWrite(caller(Roles.TOWN_ADMIN), OTHER));
        assertFalse(LedgerRules.mayWrite(caller(Roles.LEADER), OWN), "leaders read");
        assertTrue(LedgerRules.mayWrite(caller(Roles.VILLAGE_OFFICER), OWN));
        assertFalse(LedgerRules.mayWrite(caller(Roles.VILLAGE_OFFICER), OTHER));
        assertTrue(LedgerRules.mayWrite(caller(Roles.OFFICE_HEAD), OWN));
        assertFalse(LedgerRules.mayWrite(caller(Roles.INTEGRATION), OWN));
        assertTrue(LedgerRules.mayReview(caller(Roles.TOWN_ADMIN)));
        assertFalse(LedgerRules.mayReview(caller(Roles.LEADER)));
        assertFalse(LedgerRules.mayReview(caller(Roles.OFFICE_HEAD)));
    }

    @Test
    void theActionsOfferedFollowRoleStateAndMonth() {
        Caller admin = caller(Roles.TOWN_ADMIN);
        Caller officer = caller(Roles.VILLAGE_OFFICER);
        assertEquals(EnumSet.of(IMPORT, SUBMIT), LedgerRules.allowed(officer, OWN, LedgerState.DRAFT, true));
        assertEquals(EnumSet.of(IMPORT, SUBMIT), LedgerRules.allowed(officer, OWN, LedgerState.RETURNED, true));
        assertEquals(Set.of(), LedgerRules.allowed(officer, OWN, LedgerState.SUBMITTED, true));
        assertEquals(Set.of(), LedgerRules.allowed(officer, OWN, LedgerState.DRAFT, false), "a month not owed or not begun");
        assertEquals(Set.of(), LedgerRules.allowed(officer, OTHER, LedgerState.DRAFT, true));
        assertEquals(EnumSet.of(RETURN, ACCEPT), LedgerRules.allowed(admin, OTHER, LedgerState.SUBMITTED, true));
        assertEquals(EnumSet.of(RETURN, ACCEPT), LedgerRules.allowed(admin, OTHER, LedgerState.SUBMITTED, false));
        assertEquals(Set.of(), LedgerRules.allowed(admin, OTHER, LedgerState.ACCEPTED, true));
        assertEquals(Set.of(), LedgerRules.allowed(caller(Roles.LEADER), OTHER, LedgerState.SUBMITTED, true));
    }
}
