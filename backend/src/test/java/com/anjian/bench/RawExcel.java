package com.anjian.bench;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The raw POI baselines: an SXSSF export straight from a ResultSet, and a SAX read with a JDBC batch insert. */
final class RawExcel {

    private RawExcel() {
    }

    /** The hazard export's rows (16 columns, same joins, id order) written with SXSSF; returns the rows written. */
    static int export(DataSource dataSource, long townId, OutputStream out) throws Exception {
        int rows = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT h.serial, u.name, h.found_on, h.place, h.description, s.name_zh,"
                     + " h.cause_category, h.grade, h.source, h.state, r.name, h.responsible_person, COALESCE(h.order_deadline, h.deadline),"
                     + " h.closed_at FROM hazard h JOIN unit u ON u.id = h.unit_id JOIN sector s ON s.code = h.sector_code"
                     + " LEFT JOIN unit r ON r.id = h.responsible_unit_id WHERE h.town_id = ? ORDER BY h.id",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            statement.setFetchSize(Integer.MIN_VALUE); // MySQL Connector/J: stream the result, row by row
            statement.setLong(1, townId);
            Sheet sheet = workbook.createSheet("隐患清单");
            sheet.createRow(0).createCell(0).setCellValue("隐患清单");
            sheet.createRow(1).createCell(0).setCellValue("导出日期");
            Row header = sheet.createRow(2);
            for (int i = 0; i < 16; i++) {
                header.createCell(i).setCellValue("列" + i);
            }
            LocalDate today = LocalDate.now(SeedContext.ZONE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Row row = sheet.createRow(3 + rows++);
                    for (int c = 1; c <= 12; c++) {
                        Object value = rs.getObject(c);
                        if (value instanceof java.sql.Date d) {
                            row.createCell(c - 1).setCellValue(d.toLocalDate());
                        } else if (value != null) {
                            row.createCell(c - 1).setCellValue(value.toString());
                        }
                    }
                    Date deadline = rs.getDate(13);
                    boolean overdue = deadline != null && deadline.toLocalDate().isBefore(today) && !"CLOSED".equals(rs.getString(10));
                    if (deadline != null) {
                        row.createCell(12).setCellValue(deadline.toLocalDate());
                    }
                    row.createCell(13).setCellValue(overdue ? "是" : "否");
                    row.createCell(14).setCellValue(overdue ? java.time.temporal.ChronoUnit.DAYS.between(deadline.toLocalDate(), today) : 0);
                    Timestamp closed = rs.getTimestamp(14);
                    if (closed != null) {
                        row.createCell(15).setCellValue(closed.toLocalDateTime().toLocalDate());
                    }
                }
            }
            workbook.write(out);
        }
        return rows;
    }

    /**
     * The enforcement ledger export's rows (执法台账: 16 columns, same joins, the list's order, newest opened
     * first) written with SXSSF, with a totals row summed as it goes; returns the cases written.
     */
    static int enforcementLedger(DataSource dataSource, long townId, OutputStream out) throws Exception {
        int rows = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT i.serial, o.name, p.name, s.name_zh, c.opened_on, c.state,"
                     + " c.persons_dispatched, od.number, c.order_deadline, dd.number, c.penalty_decided_on, c.fine_amount, c.fine_paid_on,"
                     + " c.no_penalty_reason, cp.title FROM enforcement_case c JOIN inspection i ON i.id = c.inspection_id"
                     + " JOIN unit o ON o.id = c.office_unit_id JOIN unit p ON p.id = c.party_unit_id"
                     + " LEFT JOIN sector s ON s.code = c.sector_code LEFT JOIN campaign cp ON cp.id = c.campaign_id"
                     + " LEFT JOIN enforcement_document od ON od.case_id = c.id AND od.kind = 'RECTIFICATION_ORDER'"
                     + " LEFT JOIN enforcement_document dd ON dd.case_id = c.id AND dd.kind = 'PENALTY_DECISION'"
                     + " WHERE c.town_id = ? ORDER BY c.opened_on DESC, c.id DESC",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            statement.setFetchSize(Integer.MIN_VALUE); // MySQL Connector/J: stream the result, row by row
            statement.setLong(1, townId);
            Sheet sheet = workbook.createSheet("执法台账");
            sheet.createRow(0).createCell(0).setCellValue("执法台账");
            sheet.createRow(1).createCell(0).setCellValue("导出日期");
            Row header = sheet.createRow(2);
            for (int i = 0; i < 16; i++) {
                header.createCell(i).setCellValue("列" + i);
            }
            long persons = 0;
            BigDecimal fines = BigDecimal.ZERO;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Row row = sheet.createRow(3 + rows++);
                    row.createCell(0).setCellValue(rows);
                    for (int c = 1; c <= 15; c++) {
                        Object value = rs.getObject(c);
                        if (value instanceof java.sql.Date d) {
                            row.createCell(c).setCellValue(d.toLocalDate());
                        } else if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                    persons += rs.getInt(7);
                    if (rs.getDate(11) != null && !"WITHDRAWN".equals(rs.getString(6)) && rs.getBigDecimal(12) != null) {
                        fines = fines.add(rs.getBigDecimal(12));
                    }
                }
            }
            Row totals = sheet.createRow(3 + rows);
            totals.createCell(0).setCellValue("合计");
            totals.createCell(7).setCellValue(persons);
            totals.createCell(12).setCellValue(fines.doubleValue());
            workbook.write(out);
        }
        return rows;
    }

    /**
     * Reads the paper ledger's data rows with POI's SAX reader and inserts each as a closed hazard
     * with its six timeline steps and its close-out entry through JDBC batches (sent as multi-row
     * INSERTs: the datasource has rewriteBatchedStatements), ids taken in one block, in one
     * transaction; returns the rows inserted. What a DBA would write: no audit rows, no duplicate check.
     */
    static int importLedger(DataSource dataSource, byte[] xlsx, long townId, long unitId, String serialPrefix) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(xlsx); OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                private List<String> row;

                @Override
                public void startRow(int rowNum) {
                    row = rowNum >= 3 ? new ArrayList<>() : null;
                }

                @Override
                public void endRow(int rowNum) {
                    if (row != null) {
                        rows.add(row);
                    }
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    if (row != null) {
                        int column = new CellReference(reference).getCol();
                        while (row.size() < column) {
                            row.add(null);
                        }
                        row.add(value);
                    }
                }
            }, false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long next;
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM hazard FOR UPDATE");
                 ResultSet rs = max.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
            try (PreparedStatement hazard = connection.prepareStatement("INSERT INTO hazard (id, town_id, serial, unit_id, reporting_unit_id,"
                    + " place, description, sector_code, cause_category, grade, source, found_by, found_on, reported_by, state,"
                    + " responsible_unit_id, responsible_person, measures, funds, deadline, completed_on, verifier_name, verified_on,"
                    + " closed_at, closed_by, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OTHER', 'THINGS', 'GENERAL',"
                    + " 'SELF_CHECK', ?, ?, 'bench', 'CLOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0, ?, ?)");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO hazard_event (hazard_id, action, from_state, to_state,"
                         + " actor, actor_name, at, occurred_on) VALUES (?, ?, ?, ?, 'bench', '基准', ?, ?)");
                 PreparedStatement closeout = connection.prepareStatement("INSERT INTO closeout_entry (town_id, hazard_id, closeout_no,"
                         + " closed_at, closed_by, closed_by_name) VALUES (?, ?, ?, ?, 'bench', '基准')")) {
                String[][] steps = {{"REPORT", null, "FOUND"}, {"REGISTER", "FOUND", "REGISTERED"}, {"ORDER", "REGISTERED", "RECTIFYING"},
                        {"COMPLETE", "RECTIFYING", "RECTIFYING"}, {"VERIFY", "RECTIFYING", "VERIFIED"}, {"CLOSE", "VERIFIED", "CLOSED"}};
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                int inserted = 0;
                for (List<String> row : rows) {
                    long id = next++;
                    LocalDate found = LocalDate.parse(row.get(2));
                    int i = 1;
                    hazard.setLong(i++, id);
                    hazard.setLong(i++, townId);
                    hazard.setString(i++, serialPrefix + row.get(0));
                    hazard.setLong(i++, unitId);
                    hazard.setLong(i++, unitId);
                    hazard.setString(i++, row.get(3));
                    hazard.setString(i++, row.get(4));
                    hazard.setString(i++, "台账");
                    hazard.setDate(i++, Date.valueOf(found));
                    hazard.setLong(i++, unitId);
                    hazard.setString(i++, row.get(8));
                    hazard.setString(i++, row.get(7));
                    hazard.setBigDecimal(i++, new BigDecimal(row.get(10)));
                    hazard.setDate(i++, Date.valueOf(LocalDate.parse(row.get(9))));
                    hazard.setDate(i++, Date.valueOf(LocalDate.parse(row.get(11))));
                    hazard.setString(i++, row.get(12));
                    hazard.setDate(i++, Date.valueOf(LocalDate.parse(row.get(13))));
                    hazard.setTimestamp(i++, Timestamp.valueOf(LocalDate.parse(row.get(14)).atTime(8, 0)));
                    hazard.setTimestamp(i++, now);
                    hazard.setTimestamp(i, now);
                    hazard.addBatch();
                    closeout.setLong(1, townId);
                    closeout.setLong(2, id);
                    closeout.setString(3, serialPrefix + "X" + row.get(0));
                    closeout.setTimestamp(4, Timestamp.valueOf(LocalDate.parse(row.get(14)).atTime(8, 0)));
                    closeout.addBatch();
                    for (String[] step : steps) {
                        event.setLong(1, id);
                        event.setString(2, step[0]);
                        event.setString(3, step[1]);
                        event.setString(4, step[2]);
                        event.setTimestamp(5, now);
                        event.setDate(6, Date.valueOf(found));
                        event.addBatch();
                    }
                    if (++inserted % 1000 == 0) {
                        hazard.executeBatch();
                        event.executeBatch();
                        closeout.executeBatch();
                    }
                }
                hazard.executeBatch();
                event.executeBatch();
                closeout.executeBatch();
                connection.commit();
                return inserted;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
