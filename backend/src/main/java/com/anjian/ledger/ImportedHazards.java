package com.anjian.ledger;

import com.anjian.closeout.CloseoutEntry;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bulk writes of a paper-ledger import, in plain JDBC on the transaction's connection: hazards,
 * their steps and close-out entries as batches (multi-row INSERTs, ids from the generated keys), each
 * with its audit rows as Envers writes them (same values, revtype 0 = created), and the town's numbers
 * in place of the placeholders as the last step. Nothing here reads with locks (no INSERT … SELECT,
 * which would hold shared gap locks on the town's hazards until commit and block reports).
 * Column lists follow the entities and their _aud tables (V3, V11, V60); ImportAuditTest checks that
 * every audited column of every row written is in its audit row.
 */
final class ImportedHazards {

    /** The audited columns of hazard, hazard_event and closeout_entry (all but id and version). */
    static final String HAZARD_COLUMNS = "town_id, serial, unit_id, reporting_unit_id, recurrence_of_id, place, description,"
            + " sector_code, cause_category, grade, source, found_by, found_on, reported_by, state, responsible_unit_id,"
            + " responsible_person, measures, funds, deadline, contingency_plan, treatment_plan, district_reported_at,"
            + " district_reported_by, order_content, order_deadline, order_issued_by, completed_on, rectified_by, verified_by,"
            + " verifier_name, verified_on, closed_at, closed_by, import_key, remarks, created_at, updated_at";
    static final String EVENT_COLUMNS = "hazard_id, action, from_state, to_state, actor, actor_name, at, occurred_on, note";
    static final String CLOSEOUT_COLUMNS = "town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name, closing_unit_id";

    private static final int KEY_CHUNK = 1000;

    private final Connection connection;
    private final long townId;
    private final String placeholder;
    private final long revision;

    /**
     * @param placeholder the prefix of this import's placeholder numbers ("~17-"), unique to it
     * @param revision    the transaction's audit revision
     */
    ImportedHazards(Connection connection, long townId, String placeholder, long revision) {
        this.connection = connection;
        this.townId = townId;
        this.placeholder = placeholder;
        this.revision = revision;
    }

    /** The import keys among {@code keys} that the town has already, in one query per thousand. */
    static Set<String> existingKeys(Connection connection, long townId, Collection<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEY_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEY_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT import_key FROM hazard WHERE town_id = ? AND import_key IN (" + marks + ")")) {
                select.setLong(1, townId);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts the hazards numbered with placeholders after {@code before} others, and their audit
     * rows; returns their ids in order.
     */
    long[] hazards(List<Hazard> hazards, int before) throws SQLException {
        long[] ids;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard (" + HAZARD_COLUMNS + ", version)"
                + " VALUES (" + marks(HAZARD_COLUMNS) + ", 0)", Statement.RETURN_GENERATED_KEYS)) {
            int n = before;
            for (Hazard h : hazards) {
                bind(insert, 1, h, placeholder + (++n));
                insert.addBatch();
            }
            insert.executeBatch();
            ids = generatedKeys(insert, hazards.size());
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO hazard_aud (id, rev, revtype, " + HAZARD_COLUMNS
                + ") VALUES (?, ?, 0, " + marks(HAZARD_COLUMNS) + ")")) {
            int n = before;
            for (int k = 0; k < ids.length; k++) {
                audit.setLong(1, ids[k]);
                audit.setLong(2, revision);
                bind(audit, 3, hazards.get(k), placeholder + (++n));
                audit.addBatch();
            }
            audit.executeBatch();
        }
        return ids;
    }

    private static void bind(PreparedStatement insert, int first, Hazard h, String serial) throws SQLException {
        int i = first;
        insert.setLong(i++, h.town.id);
        insert.setString(i++, serial);
        insert.setLong(i++, h.unit.id);
        insert.setLong(i++, h.reportingUnit.id);
        setId(insert, i++, h.recurrenceOf == null ? null : h.recurrenceOf.id);
        insert.setString(i++, h.place);
        insert.setString(i++, h.description);
        insert.setString(i++, h.sector.code);
        insert.setString(i++, name(h.causeCategory));
        insert.setString(i++, name(h.grade));
        insert.setString(i++, name(h.source));
        insert.setString(i++, h.foundBy);
        setDate(insert, i++, h.foundOn);
        insert.setString(i++, h.reportedBy);
        insert.setString(i++, name(h.state));
        setId(insert, i++, h.responsibleUnit == null ? null : h.responsibleUnit.id);
        insert.setString(i++, h.responsiblePerson);
        insert.setString(i++, h.measures);
        insert.setBigDecimal(i++, h.funds);
        setDate(insert, i++, h.deadline);
        insert.setString(i++, h.contingencyPlan);
        insert.setString(i++, h.treatmentPlan);
        setInstant(insert, i++, h.districtReportedAt);
        insert.setString(i++, h.districtReportedBy);
        insert.setString(i++, h.orderContent);
        setDate(insert, i++, h.orderDeadline);
        insert.setString(i++, h.orderIssuedBy);
        setDate(insert, i++, h.completedOn);
        insert.setString(i++, h.rectifiedBy);
        insert.setString(i++, h.verifiedBy);
        insert.setString(i++, h.verifierName);
        setDate(insert, i++, h.verifiedOn);
        setInstant(insert, i++, h.closedAt);
        insert.setString(i++, h.closedBy);
        insert.setString(i++, h.importKey);
        insert.setString(i++, h.remarks);
        setInstant(insert, i++, h.createdAt);
        setInstant(insert, i, h.updatedAt);
    }

    /** Inserts the steps and their audit rows. */
    void steps(List<HazardEvent> steps) throws SQLException {
        long[] ids;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard_event (" + EVENT_COLUMNS
                + ") VALUES (" + marks(EVENT_COLUMNS) + ")", Statement.RETURN_GENERATED_KEYS)) {
            for (HazardEvent e : steps) {
                bind(insert, 1, e);
                insert.addBatch();
            }
            insert.executeBatch();
            ids = generatedKeys(insert, steps.size());
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO hazard_event_aud (id, rev, revtype, " + EVENT_COLUMNS
                + ") VALUES (?, ?, 0, " + marks(EVENT_COLUMNS) + ")")) {
            for (int k = 0; k < ids.length; k++) {
                audit.setLong(1, ids[k]);
                audit.setLong(2, revision);
                bind(audit, 3, steps.get(k));
                audit.addBatch();
            }
            audit.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, int first, HazardEvent e) throws SQLException {
        insert.setLong(first, e.hazard.id);
        insert.setString(first + 1, name(e.action));
        insert.setString(first + 2, name(e.fromState));
        insert.setString(first + 3, name(e.toState));
        insert.setString(first + 4, e.actor);
        insert.setString(first + 5, e.actorName);
        setInstant(insert, first + 6, e.at);
        setDate(insert, first + 7, e.occurredOn);
        insert.setString(first + 8, e.note);
    }

    /** Inserts the close-out entries numbered with placeholders after {@code before} others, and their audit rows. */
    void closeouts(List<CloseoutEntry> entries, int before) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        long[] ids;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO closeout_entry (" + CLOSEOUT_COLUMNS
                + ") VALUES (" + marks(CLOSEOUT_COLUMNS) + ")", Statement.RETURN_GENERATED_KEYS)) {
            int n = before;
            for (CloseoutEntry c : entries) {
                bind(insert, 1, c, placeholder + (++n));
                insert.addBatch();
            }
            insert.executeBatch();
            ids = generatedKeys(insert, entries.size());
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO closeout_entry_aud (id, rev, revtype, "
                + CLOSEOUT_COLUMNS + ") VALUES (?, ?, 0, " + marks(CLOSEOUT_COLUMNS) + ")")) {
            int n = before;
            for (int k = 0; k < ids.length; k++) {
                audit.setLong(1, ids[k]);
                audit.setLong(2, revision);
                bind(audit, 3, entries.get(k), placeholder + (++n));
                audit.addBatch();
            }
            audit.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, int first, CloseoutEntry c, String closeoutNo) throws SQLException {
        insert.setLong(first, c.townId);
        insert.setLong(first + 1, c.hazard.id);
        insert.setString(first + 2, closeoutNo);
        setInstant(insert, first + 3, c.closedAt);
        insert.setString(first + 4, c.closedBy);
        insert.setString(first + 5, c.closedByName);
        setId(insert, first + 6, c.closingUnit == null ? null : c.closingUnit.id);
    }

    private static long[] generatedKeys(PreparedStatement insert, int count) throws SQLException {
        long[] ids = new long[count];
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int k = 0; k < count; k++) {
                if (!keys.next()) {
                    throw new SQLException("fewer generated keys than rows inserted");
                }
                ids[k] = keys.getLong(1);
            }
        }
        return ids;
    }

    private static String marks(String columns) {
        return String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
    }

    /**
     * Writes the town's numbers in place of the placeholders, in the rows and their audit rows:
     * placeholder n becomes number first + n - 1, at least four digits (YH2026-0001) as TownCounters writes them.
     */
    void number(String serialPrefix, int year, int firstSerial, String closeoutPrefix, int firstCloseout) throws SQLException {
        String serial = numbered(serialPrefix, year, firstSerial, "serial");
        String closeoutNo = numbered(closeoutPrefix, year, firstCloseout, "closeout_no");
        update("UPDATE hazard SET serial = " + serial + " WHERE town_id = ? AND serial LIKE ?", false);
        update("UPDATE hazard_aud SET serial = " + serial + " WHERE rev = ? AND town_id = ? AND serial LIKE ?");
        update("UPDATE closeout_entry SET closeout_no = " + closeoutNo + " WHERE town_id = ? AND closeout_no LIKE ?", false);
        update("UPDATE closeout_entry_aud SET closeout_no = " + closeoutNo + " WHERE rev = ? AND town_id = ? AND closeout_no LIKE ?");
    }

    private String numbered(String prefix, int year, int first, String column) {
        String number = "(" + (first - 1) + " + CAST(SUBSTRING(" + column + ", " + (placeholder.length() + 1) + ") AS UNSIGNED))";
        return "CONCAT('" + prefix + year + "-', LPAD(" + number + ", GREATEST(4, CHAR_LENGTH(" + number + ")), '0'))";
    }

    private void update(String sql) throws SQLException {
        update(sql, true);
    }

    /** Runs {@code sql} with (the revision, if {@code withRevision}) the town and this import's placeholder pattern. */
    private void update(String sql, boolean withRevision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (withRevision) {
                statement.setLong(i++, revision);
            }
            statement.setLong(i++, townId);
            statement.setString(i, placeholder + "%");
            statement.executeUpdate();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date, Types.DATE);
    }

    /** Instants as Hibernate stores them here (hibernate-orm.jdbc.timezone=UTC): the UTC wall time. */
    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC), Types.TIMESTAMP);
    }
}
