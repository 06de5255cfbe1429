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
 * their steps and close-out entries as batches, their audit rows as INSERT … SELECT of what was
 * written (revtype 0 = created, as Envers writes them), and the town's numbers in place of the
 * placeholders as the last step. Column lists follow the entities and their _aud tables (V3, V11,
 * V60); ImportAuditTest compares these rows with those Envers writes for a hazard reported in the app.
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

    /** Inserts the hazards numbered with placeholders after {@code before} others; returns their ids in order. */
    long[] hazards(List<Hazard> hazards, int before) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard (" + HAZARD_COLUMNS + ", version) VALUES ("
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            int n = before;
            for (Hazard h : hazards) {
                int i = 1;
                insert.setLong(i++, h.town.id);
                insert.setString(i++, placeholder + (++n));
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
                insert.addBatch();
            }
            insert.executeBatch();
            long[] ids = new long[hazards.size()];
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int k = 0; k < ids.length; k++) {
                    if (!keys.next()) {
                        throw new SQLException("fewer generated keys than hazards inserted");
                    }
                    ids[k] = keys.getLong(1);
                }
            }
            return ids;
        }
    }

    void steps(List<HazardEvent> steps) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard_event (" + EVENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (HazardEvent e : steps) {
                insert.setLong(1, e.hazard.id);
                insert.setString(2, name(e.action));
                insert.setString(3, name(e.fromState));
                insert.setString(4, name(e.toState));
                insert.setString(5, e.actor);
                insert.setString(6, e.actorName);
                setInstant(insert, 7, e.at);
                setDate(insert, 8, e.occurredOn);
                insert.setString(9, e.note);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts the close-out entries numbered with placeholders after {@code before} others. */
    void closeouts(List<CloseoutEntry> entries, int before) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO closeout_entry (" + CLOSEOUT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = before;
            for (CloseoutEntry c : entries) {
                insert.setLong(1, c.townId);
                insert.setLong(2, c.hazard.id);
                insert.setString(3, placeholder + (++n));
                setInstant(insert, 4, c.closedAt);
                insert.setString(5, c.closedBy);
                insert.setString(6, c.closedByName);
                setId(insert, 7, c.closingUnit == null ? null : c.closingUnit.id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The audit rows of everything this import wrote, copied from the rows themselves in three statements. */
    void audit() throws SQLException {
        String mine = " WHERE h.town_id = ? AND h.serial LIKE ?";
        update("INSERT INTO hazard_aud (id, rev, revtype, " + HAZARD_COLUMNS + ") SELECT h.id, ?, 0, "
                + prefixed("h", HAZARD_COLUMNS) + " FROM hazard h" + mine);
        update("INSERT INTO hazard_event_aud (id, rev, revtype, " + EVENT_COLUMNS + ") SELECT e.id, ?, 0, "
                + prefixed("e", EVENT_COLUMNS) + " FROM hazard_event e JOIN hazard h ON h.id = e.hazard_id" + mine);
        update("INSERT INTO closeout_entry_aud (id, rev, revtype, " + CLOSEOUT_COLUMNS + ") SELECT c.id, ?, 0, "
                + prefixed("c", CLOSEOUT_COLUMNS) + " FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id" + mine);
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

    private static String prefixed(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
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
