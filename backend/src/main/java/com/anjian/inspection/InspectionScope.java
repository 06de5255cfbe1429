package com.anjian.inspection;

import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which inspections a caller may see, as one JPQL condition on alias {@code i}:
 * <ul>
 *   <li>town admins and leaders: the whole town;</li>
 *   <li>office heads: those their office made and those made of their office;</li>
 *   <li>village officers (the inspected unit's people): only those of their own unit;</li>
 *   <li>anyone else: none.</li>
 * </ul>
 */
@ApplicationScoped
public class InspectionScope {

    @Inject
    CurrentUser currentUser;

    public String condition(Map<String, Object> params) {
        Caller caller = currentUser.scoped();
        params.put("scopeTown", caller.townId());
        if (caller.isTownWide()) {
            return "i.townId = :scopeTown";
        }
        if (caller.is(Roles.OFFICE_HEAD)) {
            params.put("scopeUnit", caller.unitId());
            return "i.townId = :scopeTown and (i.inspectingUnit.id = :scopeUnit or i.inspectedUnit.id = :scopeUnit)";
        }
        if (caller.is(Roles.VILLAGE_OFFICER)) {
            params.put("scopeUnit", caller.unitId());
            return "i.townId = :scopeTown and i.inspectedUnit.id = :scopeUnit";
        }
        return "1 = 0";
    }

    /** The inspection if the caller may see it, with its units and checklist, in one statement. */
    public Optional<Inspection> find(long id) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(params);
        params.put("id", id);
        return Inspection.<Inspection>find("from Inspection i join fetch i.inspectingUnit join fetch i.inspectedUnit"
                + " join fetch i.checklist where i.id = :id and (" + where + ")", params).singleResultOptional();
    }

    /** Whether the caller sees the inspection of this checklist item result (its photos' visibility). */
    public boolean seesResult(long resultId) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(params);
        params.put("id", resultId);
        return InspectionResult.count("from InspectionResult r join r.inspection i where r.id = :id and (" + where + ")", params) > 0;
    }
}
