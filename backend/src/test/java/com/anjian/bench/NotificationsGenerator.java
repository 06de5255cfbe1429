package com.anjian.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-app notifications as the services raise them, written server-side from the seeded hazards:
 * every new hazard to the offices supervising its sector other than the one that reported it (the
 * town admins when there is none), every overdue one to its responsible unit and the town admins,
 * every registered major one to the leaders. Town by town over its range of hazard ids (read in key
 * order: a join over all towns' hazards at once reads them at random and took over 13 minutes at
 * district scale), with the town's supervisors known from the seed.
 */
final class NotificationsGenerator implements Generator {

    private static final String COLUMNS = "INSERT INTO notification (town_id, unit_id, role, kind, severity, hazard_id, params, created_at) ";
    private static final String REPORTED_PARAMS = "CONCAT('{\"serial\":\"', h.serial, '\",\"place\":\"', h.place, '\",\"unit\":\"', u.name,"
            + " '\",\"sector\":\"', h.sector_code, '\"}')";
    private static final String OVERDUE_PARAMS = "CONCAT('{\"serial\":\"', h.serial, '\",\"place\":\"', h.place, '\",\"days\":',"
            + " DATEDIFF(?, h.deadline), ',\"level\":1,\"unit\":\"', u.name, '\"}')";
    private static final String IN_TOWN = " h.id BETWEEN ? AND ?";

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        long rows = 0;
        for (SeedContext.TownSeed town : seed.towns) {
            if (town.lastHazardId < town.firstHazardId) {
                continue;
            }
            Map<String, List<Long>> supervisors = new TreeMap<>();
            for (SeedContext.UnitSeed unit : town.units) {
                for (String sector : unit.sectors()) {
                    supervisors.computeIfAbsent(sector, s -> new ArrayList<>()).add(unit.id());
                }
            }
            for (SeedContext.UnitSeed unit : town.units) {
                if (!unit.sectors().isEmpty()) {
                    rows += seed.execute(COLUMNS + "SELECT h.town_id, ?, NULL, 'HAZARD_REPORTED', 'INFO', h.id, " + REPORTED_PARAMS
                                    + ", h.created_at FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE" + IN_TOWN
                                    + " AND h.sector_code IN (" + quoted(unit.sectors()) + ") AND h.reporting_unit_id <> ?",
                            unit.id(), town.firstHazardId, town.lastHazardId, unit.id());
                }
            }
            // no supervisor, or the only one reported it: the town admins
            StringBuilder unsupervised = new StringBuilder(supervisors.isEmpty() ? "TRUE" : "h.sector_code NOT IN (" + quoted(List.copyOf(supervisors.keySet())) + ")");
            supervisors.forEach((sector, units) -> {
                if (units.size() == 1) {
                    unsupervised.append(" OR (h.sector_code = '").append(sector).append("' AND h.reporting_unit_id = ").append(units.get(0)).append(')');
                }
            });
            rows += seed.execute(COLUMNS + "SELECT h.town_id, NULL, 'town-admin', 'HAZARD_REPORTED', 'INFO', h.id, " + REPORTED_PARAMS
                    + ", h.created_at FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE" + IN_TOWN + " AND (" + unsupervised + ")",
                    town.firstHazardId, town.lastHazardId);
            for (String audience : new String[]{"h.responsible_unit_id, NULL", "NULL, 'town-admin'"}) {
                rows += seed.execute(COLUMNS + "SELECT h.town_id, " + audience + ", 'HAZARD_OVERDUE', 'INFO', h.id, " + OVERDUE_PARAMS
                                + ", e.raised_at FROM hazard h JOIN unit u ON u.id = h.responsible_unit_id JOIN hazard_escalation e ON e.hazard_id = h.id"
                                + " WHERE" + IN_TOWN,
                        seed.today, town.firstHazardId, town.lastHazardId);
            }
            rows += seed.execute(COLUMNS + "SELECT h.town_id, NULL, 'leader', 'MAJOR_HAZARD_REGISTERED', 'CRITICAL', h.id, " + REPORTED_PARAMS
                    + ", h.created_at + INTERVAL 2 HOUR FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE" + IN_TOWN
                    + " AND h.grade = 'MAJOR' AND h.state <> 'FOUND'", town.firstHazardId, town.lastHazardId);
            seed.connection.commit();
        }
        return rows;
    }

    /** Sector codes (the schema's, from the seed) as an SQL list. */
    private static String quoted(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> "'" + c.replace("'", "''") + "'").toList());
    }
}
