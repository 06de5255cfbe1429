package com.anjian.bench;

import java.sql.SQLException;

/**
 * In-app notifications as the services raise them, written server-side from the seeded hazards:
 * every new hazard to the offices supervising its sector (or the town admins when none does), every
 * overdue one to its responsible unit and the town admins, every major one to the leaders.
 */
final class NotificationsGenerator implements Generator {

    private static final String REPORTED_PARAMS = "CONCAT('{\"serial\":\"', h.serial, '\",\"place\":\"', h.place, '\",\"unit\":\"', u.name,"
            + " '\",\"sector\":\"', h.sector_code, '\"}')";
    private static final String OVERDUE_PARAMS = "CONCAT('{\"serial\":\"', h.serial, '\",\"place\":\"', h.place, '\",\"days\":',"
            + " DATEDIFF(?, h.deadline), ',\"level\":1,\"unit\":\"', u.name, '\"}')";

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public long generate(SeedContext seed) throws SQLException {
        String columns = "INSERT INTO notification (town_id, unit_id, role, kind, severity, hazard_id, params, created_at) ";
        long rows = seed.execute(columns + "SELECT h.town_id, o.id, NULL, 'HAZARD_REPORTED', 'INFO', h.id, " + REPORTED_PARAMS + ", h.created_at"
                + " FROM hazard h JOIN unit u ON u.id = h.unit_id JOIN unit_sector us ON us.sector_code = h.sector_code"
                + " JOIN unit o ON o.id = us.unit_id AND o.town_id = h.town_id AND o.active = TRUE AND o.id <> h.reporting_unit_id"
                + " WHERE h.id >= ?", seed.firstHazardId);
        rows += seed.execute(columns + "SELECT h.town_id, NULL, 'town-admin', 'HAZARD_REPORTED', 'INFO', h.id, " + REPORTED_PARAMS + ", h.created_at"
                + " FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE h.id >= ? AND NOT EXISTS (SELECT 1 FROM unit_sector us"
                + " JOIN unit o ON o.id = us.unit_id WHERE us.sector_code = h.sector_code AND o.town_id = h.town_id AND o.active = TRUE"
                + " AND o.id <> h.reporting_unit_id)", seed.firstHazardId);
        rows += seed.execute(columns + "SELECT h.town_id, h.responsible_unit_id, NULL, 'HAZARD_OVERDUE', 'INFO', h.id, " + OVERDUE_PARAMS
                + ", e.raised_at FROM hazard h JOIN unit u ON u.id = h.responsible_unit_id JOIN hazard_escalation e ON e.hazard_id = h.id"
                + " WHERE h.id >= ?", seed.today, seed.firstHazardId);
        rows += seed.execute(columns + "SELECT h.town_id, NULL, 'town-admin', 'HAZARD_OVERDUE', 'INFO', h.id, " + OVERDUE_PARAMS
                + ", e.raised_at FROM hazard h JOIN unit u ON u.id = h.responsible_unit_id JOIN hazard_escalation e ON e.hazard_id = h.id"
                + " WHERE h.id >= ?", seed.today, seed.firstHazardId);
        rows += seed.execute(columns + "SELECT h.town_id, NULL, 'leader', 'MAJOR_HAZARD_REGISTERED', 'CRITICAL', h.id, " + REPORTED_PARAMS
                + ", h.created_at + INTERVAL 2 HOUR FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE h.id >= ? AND h.grade = 'MAJOR'"
                + " AND h.state <> 'FOUND'", seed.firstHazardId);
        return rows;
    }
}
