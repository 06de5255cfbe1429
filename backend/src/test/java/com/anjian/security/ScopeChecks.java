package com.anjian.security;

import com.anjian.common.AnjianConfig;
import com.anjian.support.Db;
import com.anjian.support.Sheets;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a list or export answered must be exactly what the caller may see: the README's scope rules
 * written again, independently, in SQL (the town for everyone; for office heads their office, what is
 * assigned to it and the sectors it supervises; for village officers their village), compared with
 * the total the API gives and with every row it returned.
 */
final class ScopeChecks {

    @FunctionalInterface
    interface Check {
        /** A description of what is wrong, or empty. */
        Optional<String> check(Identity who, Target target, Response response);
    }

    private final MatrixWorld w;

    ScopeChecks(MatrixWorld world) {
        this.w = world;
    }

    Map<String, Check> all() {
        Map<String, Check> checks = new java.util.HashMap<>(Map.of(
                "listHazards", (who, t, r) -> hazardList(who, t, r.jsonPath().getLong("total"), r.jsonPath().getList("items.id", Long.class)),
                "exportHazards", (who, t, r) -> hazardExport(who, t, exportColumn(r, 0)),
                "listCloseouts", (who, t, r) -> closeoutList(who, r.jsonPath().getLong("total"), r.jsonPath().getList("items.hazardId", Long.class)),
                "exportCloseouts", (who, t, r) -> closeoutExport(who, exportColumn(r, 1)),
                "listPeople", this::people,
                "listUnits", this::units,
                "listNotifications", this::notifications,
                "ledgerBoard", this::board,
                "getMe", this::me));
        checks.put("listInspections", this::inspections);
        checks.put("listEnforcementCases", this::enforcementCases);
        checks.put("listChecklists", this::checklists);
        checks.put("listCampaigns", this::campaigns);
        checks.put("listInspectionPlans", this::plans);
        checks.put("enforcementTotals", this::enforcementTotals);
        checks.put("exportEnforcementLedger", this::enforcementLedger);
        return checks;
    }

    // ------------------------------------------------------------------ hazards and close-outs

    /** The SQL condition (alias h) for the hazards the identity may see, with its arguments. */
    private String visibleHazards(Identity who, List<Object> args) {
        args.add(w.townId(who.town));
        if (who.kind.isTownWide()) {
            return "h.town_id = ?";
        }
        long unit = w.unitId(who, Target.OWN);
        args.add(unit);
        args.add(unit);
        args.add(unit);
        String own = "h.unit_id = ? OR h.reporting_unit_id = ? OR h.responsible_unit_id = ?";
        if (who.kind == Identity.Kind.OFFICE_HEAD) {
            args.add(unit);
            own += " OR h.sector_code IN (SELECT s.sector_code FROM unit_sector s WHERE s.unit_id = ?)";
        }
        return "h.town_id = ? AND (" + own + ")";
    }

    private String filter(Identity who, Target t, List<Object> args) {
        if (t == Target.OWN) {
            return "";
        }
        args.add(w.unitId(who, t));
        return " AND h.unit_id = ?";
    }

    private Optional<String> hazardList(Identity who, Target t, long total, List<Long> ids) {
        List<Object> args = new ArrayList<>();
        String where = visibleHazards(who, args) + filter(who, t, args);
        long expected = Db.count("SELECT COUNT(*) FROM hazard h WHERE " + where, args.toArray());
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " hazards are in scope");
        }
        return outside(ids, "SELECT h.id FROM hazard h WHERE h.id IN (" + Db.placeholders(ids) + ") AND " + where, args, "hazards");
    }

    private Optional<String> hazardExport(Identity who, Target t, List<String> serials) {
        List<Object> args = new ArrayList<>();
        String where = visibleHazards(who, args) + filter(who, t, args);
        long expected = Db.count("SELECT COUNT(*) FROM hazard h WHERE " + where, args.toArray());
        if (serials.size() != expected) {
            return Optional.of(serials.size() + " rows exported but " + expected + " hazards are in scope");
        }
        return outsideSerials(serials, where, args);
    }

    private Optional<String> closeoutList(Identity who, long total, List<Long> hazardIds) {
        List<Object> args = new ArrayList<>();
        String where = visibleHazards(who, args);
        long expected = Db.count("SELECT COUNT(*) FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id WHERE " + where, args.toArray());
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " close-outs are in scope");
        }
        return outside(hazardIds, "SELECT h.id FROM hazard h WHERE h.id IN (" + Db.placeholders(hazardIds) + ") AND " + where,
                args, "close-outs of hazards");
    }

    private Optional<String> closeoutExport(Identity who, List<String> serials) {
        List<Object> args = new ArrayList<>();
        String where = visibleHazards(who, args);
        long expected = Db.count("SELECT COUNT(*) FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id WHERE " + where, args.toArray());
        if (serials.size() != expected) {
            return Optional.of(serials.size() + " rows exported but " + expected + " close-outs are in scope");
        }
        return outsideSerials(serials, where, args);
    }

    private Optional<String> outside(List<Long> ids, String visibleSql, List<Object> args, String what) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Object> all = new ArrayList<>(ids);
        all.addAll(args);
        Set<Long> visible = new HashSet<>(Db.longs(visibleSql, all.toArray()));
        List<Long> leaked = ids.stream().filter(id -> !visible.contains(id)).toList();
        return leaked.isEmpty() ? Optional.empty() : Optional.of(what + " outside the caller's scope returned: " + leaked);
    }

    private Optional<String> outsideSerials(List<String> serials, String where, List<Object> args) {
        if (serials.isEmpty()) {
            return Optional.empty();
        }
        // Serials are unique per town only, so the town is part of the scope condition already.
        List<Object> all = new ArrayList<>(args);
        all.add(serials);
        Set<String> visible = new HashSet<>(Db.strings("SELECT h.serial FROM hazard h WHERE " + where
                + " AND h.serial IN (" + Db.placeholders(serials) + ")", all.toArray()));
        List<String> leaked = serials.stream().filter(s -> !visible.contains(s)).toList();
        return leaked.isEmpty() ? Optional.empty() : Optional.of("exported rows outside the caller's scope: " + leaked);
    }

    /** The cells of one column of an export's data rows (after title, subtitle and header). */
    private static List<String> exportColumn(Response response, int column) {
        List<List<String>> rows = Sheets.read(response.asByteArray());
        List<String> values = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(3, rows.size()), rows.size())) {
            if (row.size() > column && !row.get(column).isBlank()) {
                values.add(row.get(column));
            }
        }
        return values;
    }

    // ------------------------------------------------------------------ people, units, notifications, board, me

    private Optional<String> people(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        String where;
        if (who.kind.isTownWide()) {
            where = "p.unit_id IN (SELECT u.id FROM unit u WHERE u.town_id = ?)";
            args.add(w.townId(who.town));
        } else {
            where = "p.unit_id = ?";
            args.add(w.unitId(who, Target.OWN));
        }
        if (t != Target.OWN) {
            where += " AND p.unit_id = ?";
            args.add(w.unitId(who, t));
        }
        long expected = Db.count("SELECT COUNT(*) FROM person p WHERE " + where, args.toArray());
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " people are in scope");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT p.id FROM person p WHERE p.id IN (" + Db.placeholders(ids) + ") AND " + where, args, "people");
    }

    private Optional<String> units(Identity who, Target t, Response response) {
        long town = w.townId(who.town);
        long expected = Db.count("SELECT COUNT(*) FROM unit WHERE town_id = ?", town);
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but the town has " + expected + " units");
        }
        List<Long> towns = response.jsonPath().getList("items.townId", Long.class);
        return towns.stream().allMatch(id -> id == town) ? Optional.empty()
                : Optional.of("units of another town listed: " + new TreeSet<>(towns));
    }

    private Optional<String> notifications(Identity who, Target t, Response response) {
        String role = switch (who.kind) {
            case TOWN_ADMIN -> "town-admin";
            case LEADER -> "leader";
            case OFFICE_HEAD -> "office-head";
            default -> "village-officer";
        };
        String where = "n.town_id = ? AND (n.unit_id IS NULL OR n.unit_id = ?) AND (n.role IS NULL OR n.role = ?)";
        List<Object> args = List.of(w.townId(who.town), w.unitId(who, Target.OWN), role);
        long expected = Db.count("SELECT COUNT(*) FROM notification n WHERE " + where, args.toArray());
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " notifications are addressed to the caller");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT n.id FROM notification n WHERE n.id IN (" + Db.placeholders(ids) + ") AND " + where,
                new ArrayList<>(args), "notifications");
    }

    private Optional<String> board(Identity who, Target t, Response response) {
        List<String> kinds = Arc.container().instance(AnjianConfig.class).get().ledger().requiredKinds();
        List<Object> args = new ArrayList<>();
        args.add(w.townId(who.town));
        args.add(kinds);
        Set<Long> expected = new TreeSet<>(Db.longs("SELECT id FROM unit WHERE town_id = ? AND active = TRUE AND kind IN ("
                + Db.placeholders(kinds) + ")", args.toArray()));
        Set<Long> rows = new TreeSet<>(response.jsonPath().getList("rows.unitId", Long.class));
        return rows.equals(expected) ? Optional.empty()
                : Optional.of("board rows " + rows + " but the town's units owing ledgers are " + expected);
    }

    private Optional<String> me(Identity who, Target t, Response response) {
        boolean linked = who.kind.isPerson() || who.kind == Identity.Kind.CLIENT;
        if (response.jsonPath().getBoolean("linked") != linked) {
            return Optional.of("linked should be " + linked);
        }
        if (linked) {
            String expectedTown = who.town;
            String town = response.jsonPath().getString("town.name");
            if (!expectedTown.equals(town)) {
                return Optional.of("town " + town + ", should be " + expectedTown);
            }
        } else if (response.jsonPath().get("town") != null || response.jsonPath().get("unit") != null) {
            return Optional.of("an account linked to no active person must see no town or unit");
        }
        return Optional.empty();
    }
    // ------------------------------------------------------------------ inspections and checklists

    /** Inspections the identity may see: the town for admins and leaders, made by or of the office for office heads, of the unit for villages. */
    private Optional<String> inspections(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        args.add(w.townId(who.town));
        String where = "i.town_id = ?";
        if (!who.kind.isTownWide()) {
            long unit = w.unitId(who, Target.OWN);
            if (who.kind == Identity.Kind.OFFICE_HEAD) {
                where += " AND (i.inspecting_unit_id = ? OR i.inspected_unit_id = ?)";
                args.add(unit);
                args.add(unit);
            } else {
                where += " AND i.inspected_unit_id = ?";
                args.add(unit);
            }
        }
        if (t != Target.OWN) {
            where += " AND i.inspected_unit_id = ?";
            args.add(w.unitId(who, t));
        }
        long expected = Db.count("SELECT COUNT(*) FROM inspection i WHERE " + where, args.toArray());
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " inspections are in scope");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT i.id FROM inspection i WHERE i.id IN (" + Db.placeholders(ids) + ") AND " + where, args,
                "inspections");
    }

    /** Every checklist of the caller's town, and none of another. */
    private Optional<String> checklists(Identity who, Target t, Response response) {
        long expected = Db.count("SELECT COUNT(*) FROM checklist WHERE town_id = ?", w.townId(who.town));
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but the town has " + expected + " checklists");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT c.id FROM checklist c WHERE c.id IN (" + Db.placeholders(ids) + ") AND c.town_id = ?",
                new ArrayList<>(List.of(w.townId(who.town))), "checklists");
    }
    /** Plans: the town's for admins and leaders, the office's own for office heads. */
    private Optional<String> plans(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        args.add(w.townId(who.town));
        String where = "p.town_id = ?";
        if (!who.kind.isTownWide()) {
            where += " AND p.unit_id = ?";
            args.add(w.unitId(who, Target.OWN));
        }
        long expected = Db.count("SELECT COUNT(*) FROM inspection_plan p WHERE " + where, args.toArray());
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " plans are in scope");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT p.id FROM inspection_plan p WHERE p.id IN (" + Db.placeholders(ids) + ") AND " + where, args, "plans");
    }
    /** Every campaign of the caller's town, and none of another. */
    private Optional<String> campaigns(Identity who, Target t, Response response) {
        long expected = Db.count("SELECT COUNT(*) FROM campaign WHERE town_id = ?", w.townId(who.town));
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but the town has " + expected + " campaigns");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT c.id FROM campaign c WHERE c.id IN (" + Db.placeholders(ids) + ") AND c.town_id = ?",
                new ArrayList<>(List.of(w.townId(who.town))), "campaigns");
    }

    /** Cases the identity may see: the town for admins and leaders, the office's for office heads, against the unit for villages. */
    /** The SQL condition (alias c) for the cases the identity may see under the matrix's filter, with its arguments. */
    private String visibleCases(Identity who, Target t, List<Object> args) {
        args.add(w.townId(who.town));
        String where = "c.town_id = ?";
        if (!who.kind.isTownWide()) {
            where += who.kind == Identity.Kind.OFFICE_HEAD ? " AND c.office_unit_id = ?" : " AND c.party_unit_id = ?";
            args.add(w.unitId(who, Target.OWN));
        }
        if (t != Target.OWN) {
            where += " AND c.party_unit_id = ?";
            args.add(w.unitId(who, t));
        }
        return where;
    }

    private Optional<String> enforcementCases(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        String where = visibleCases(who, t, args);
        long expected = Db.count("SELECT COUNT(*) FROM enforcement_case c WHERE " + where, args.toArray());
        long total = response.jsonPath().getLong("total");
        if (total != expected) {
            return Optional.of("total " + total + " but " + expected + " cases are in scope");
        }
        List<Long> ids = response.jsonPath().getList("items.id", Long.class);
        return outside(ids, "SELECT c.id FROM enforcement_case c WHERE c.id IN (" + Db.placeholders(ids) + ") AND " + where, args,
                "cases");
    }

    private Optional<String> enforcementTotals(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        long expected = Db.count("SELECT COUNT(*) FROM enforcement_case c WHERE " + visibleCases(who, t, args), args.toArray());
        long cases = response.jsonPath().getLong("cases");
        return cases == expected ? Optional.empty() : Optional.of("totals of " + cases + " cases but " + expected + " are in scope");
    }

    /** The ledger's rows (column 1: the inspection's serial; the last row is the totals) are the cases in scope. */
    private Optional<String> enforcementLedger(Identity who, Target t, Response response) {
        List<Object> args = new ArrayList<>();
        String where = visibleCases(who, t, args);
        long expected = Db.count("SELECT COUNT(*) FROM enforcement_case c WHERE " + where, args.toArray());
        List<String> serials = exportColumn(response, 1);
        serials = serials.subList(0, Math.max(0, serials.size() - 1));
        if (serials.size() != expected) {
            return Optional.of(serials.size() + " rows exported but " + expected + " cases are in scope");
        }
        List<Object> all = new ArrayList<>(serials);
        all.addAll(args);
        long inScope = serials.isEmpty() ? 0 : Db.count("SELECT COUNT(*) FROM enforcement_case c JOIN inspection i ON i.id = c.inspection_id"
                + " WHERE i.serial IN (" + Db.placeholders(serials) + ") AND " + where, all.toArray());
        return inScope == expected ? Optional.empty() : Optional.of("rows of cases outside the scope: " + serials);
    }
}
