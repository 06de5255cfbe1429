package com.anjian.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * authorization-matrix.txt, read: a header line naming the identity columns, then one row per
 * operation and target with the expected HTTP status for each identity. Lines starting with # are
 * comments. Any malformed line is an error, so the table cannot silently lose a row.
 */
final class MatrixTable {

    static final String RESOURCE = "/authorization-matrix.txt";

    record Row(int line, String operation, Target target, Map<Identity, Integer> expected) {
        String name() {
            return operation + " " + target.column;
        }
    }

    final List<Identity> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    static MatrixTable read() {
        MatrixTable table = new MatrixTable();
        String text;
        try (InputStream in = MatrixTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (table.columns.isEmpty()) {
                table.header(i + 1, cells);
            } else {
                table.row(i + 1, cells);
            }
        }
        if (table.columns.isEmpty()) {
            table.errors.add(RESOURCE + " has no header line");
        }
        return table;
    }

    private void header(int line, String[] cells) {
        if (cells.length < 3 || !"operation".equals(cells[0]) || !"target".equals(cells[1])) {
            errors.add("line " + line + ": the first line must be the header: operation target <identities>");
            return;
        }
        for (int c = 2; c < cells.length; c++) {
            try {
                columns.add(Identity.ofColumn(cells[c]));
            } catch (IllegalArgumentException e) {
                errors.add("line " + line + ": " + e.getMessage());
            }
        }
        for (Identity identity : Identity.values()) {
            if (!columns.contains(identity)) {
                errors.add("line " + line + ": the header lacks the identity " + identity.column);
            }
        }
    }

    private void row(int line, String[] cells) {
        if (cells.length != columns.size() + 2) {
            errors.add("line " + line + ": " + (cells.length - 2) + " outcomes for " + columns.size() + " identities");
            return;
        }
        Target target;
        try {
            target = Target.of(cells[1]);
        } catch (IllegalArgumentException e) {
            errors.add("line " + line + ": " + e.getMessage());
            return;
        }
        Map<Identity, Integer> expected = new LinkedHashMap<>();
        for (int c = 2; c < cells.length; c++) {
            if (!cells[c].matches("[1-5]\\d\\d")) {
                errors.add("line " + line + ": \"" + cells[c] + "\" is not an HTTP status");
                return;
            }
            expected.put(columns.get(c - 2), Integer.parseInt(cells[c]));
        }
        if (rows.stream().anyMatch(r -> r.operation().equals(cells[0]) && r.target() == target)) {
            errors.add("line " + line + ": a second row for " + cells[0] + " " + target.column);
            return;
        }
        rows.add(new Row(line, cells[0], target, expected));
    }
}
