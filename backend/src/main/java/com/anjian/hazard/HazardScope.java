package com.anjian.hazard;

import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which hazards a caller may see, as one JPQL condition on alias {@code h} that every hazard query
 * (lists, exports, attachments, ledgers) adds:
 * <ul>
 *   <li>town admins and leaders: the whole town;</li>
 *   <li>office heads: hazards at, reported by or assigned to their office, and those in the sectors
 *       the office supervises (管行业必须管安全);</li>
 *   <li>village officers: hazards in, reported by or assigned to their village;</li>
 *   <li>anyone else (machine clients): none.</li>
 * </ul>
 */
@ApplicationScoped
public class HazardScope {

    @Inject
    CurrentUser currentUser;

    public String condition(Map<String, Object> params) {
        Caller caller = currentUser.scoped();
        params.put("scopeTown", caller.townId());
        if (caller.isTownWide()) {
            return "h.town.id = :scopeTown";
        }
        if (caller.is(Roles.OFFICE_HEAD) || caller.is(Roles.VILLAGE_OFFICER)) {
            params.put("scopeUnit", caller.unitId());
            String own = ofUnit("scopeUnit");
            if (caller.is(Roles.OFFICE_HEAD)) {
                List<String> sectors = currentUser.unitSectors();
                if (!sectors.isEmpty()) {
                    params.put("scopeSectors", sectors);
                    own += " or h.sector.code in :scopeSectors";
                }
            }
            return "h.town.id = :scopeTown and (" + own + ")";
        }
        return "1 = 0";
    }

    /** The caller sees the whole town: {@link #condition} is the town alone. */
    public boolean townWide() {
        return currentUser.scoped().isTownWide();
    }

    /**
     * The hazards of one unit (alias h, the unit's id in parameter {@code unitParameter}): at it,
     * reported by it or assigned to it. A village officer or office head sees at least these, and a
     * unit's monthly ledger lists these.
     */
    public static String ofUnit(String unitParameter) {
        String p = ":" + unitParameter;
        return "(h.unit.id = " + p + " or h.reportingUnit.id = " + p + " or h.responsibleUnit.id = " + p + ")";
    }

    /** The hazard if the caller may see it, with the units and the earlier hazard its detail shows, in one statement. */
    public Optional<Hazard> findWithUnits(long id) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = condition(params);
        params.put("id", id);
        return Hazard.<Hazard>find("from Hazard h join fetch h.unit join fetch h.reportingUnit left join fetch h.responsibleUnit"
                + " left join fetch h.recurrenceOf where h.id = :id and (" + where + ")", params).singleResultOptional();
    }

    /** The hazard if the caller may see it. */
    public Optional<Hazard> find(long id) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = condition(params);
        params.put("id", id);
        return Hazard.<Hazard>find("from Hazard h where h.id = :id and (" + where + ")", params).firstResultOptional();
    }
}
