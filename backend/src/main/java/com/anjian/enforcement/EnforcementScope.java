package com.anjian.enforcement;

import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which enforcement cases a caller may see, as one JPQL condition on alias {@code c}:
 * <ul>
 *   <li>town admins and leaders: the whole town;</li>
 *   <li>office heads: their own office's cases;</li>
 *   <li>village officers (the party's people): the cases against their own unit;</li>
 *   <li>anyone else: none.</li>
 * </ul>
 */
@ApplicationScoped
public class EnforcementScope {

    @Inject
    CurrentUser currentUser;

    public String condition(Map<String, Object> params) {
        Caller caller = currentUser.scoped();
        params.put("scopeTown", caller.townId());
        if (caller.isTownWide()) {
            return "c.townId = :scopeTown";
        }
        if (caller.is(Roles.OFFICE_HEAD)) {
            params.put("scopeUnit", caller.unitId());
            return "c.townId = :scopeTown and c.officeUnit.id = :scopeUnit";
        }
        if (caller.is(Roles.VILLAGE_OFFICER)) {
            params.put("scopeUnit", caller.unitId());
            return "c.townId = :scopeTown and c.partyUnit.id = :scopeUnit";
        }
        return "1 = 0";
    }

    /** The case if the caller may see it, with its units and inspection, in one statement. */
    public Optional<EnforcementCase> find(long id) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(params);
        params.put("id", id);
        return EnforcementCase.<EnforcementCase>find("from EnforcementCase c join fetch c.officeUnit join fetch c.partyUnit"
                + " join fetch c.inspection where c.id = :id and (" + where + ")", params).singleResultOptional();
    }

    /** Whether the caller conducts the case: a town admin, or the head of the case's office. */
    public boolean conducts(EnforcementCase c) {
        Caller caller = currentUser.scoped();
        return caller.is(Roles.TOWN_ADMIN)
                || (caller.is(Roles.OFFICE_HEAD) && c.officeUnit.id.equals(caller.unitId()));
    }
}
