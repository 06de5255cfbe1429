package com.anjian.common.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Envers sees only changes made through entities: a bulk JPQL or SQL UPDATE/DELETE of an audited
 * table would change records without a trace (as the overdue check's bulk update once did). This
 * reads the application's sources and fails on any such statement, so the next one is caught here,
 * unless the same source changes the table's audit rows too (a bulk write that keeps its own trail).
 */
class AuditedWritesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern AUDITED_ENTITY = Pattern.compile(
            "@Table\\(name = \"(\\w+)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*@Audited\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public class (\\w+)");

    @Test
    void noAuditedRecordIsChangedByABulkStatement() {
        Map<String, String> audited = auditedEntities();
        assertTrue(audited.keySet().containsAll(List.of("Unit", "Person", "Hazard", "HazardEvent", "HazardEscalation",
                "Attachment", "CloseoutEntry", "MonthlyLedger", "LedgerLine", "LedgerImport")), audited.toString());
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            audited.forEach((entity, table) -> {
                List<Pattern> bulk = List.of(
                        Pattern.compile("\\b" + entity + "\\s*\\.\\s*(?:<[^>]*>\\s*)?(update|delete|deleteAll)\\s*\\("),
                        Pattern.compile("(?i)\"\\s*(update|delete\\s+from|delete)\\s+" + entity + "\\b"),
                        Pattern.compile("(?i)\"\\s*(update|delete\\s+from)\\s+`?" + table + "`?\\b"));
                // A bulk statement that changes the audit rows in the same way beside it keeps the trail (the
                // ledger import numbers its rows last, rows and audit rows alike; ImportAuditTest checks them).
                boolean auditedBeside = Pattern.compile("(?i)\"\\s*update\\s+" + table + "_aud\\b").matcher(source).find();
                for (Pattern pattern : bulk) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find() && !auditedBeside) {
                        offences.add(SOURCES.relativize(file) + ": " + matcher.group());
                    }
                }
            });
        }
        assertEquals(List.of(), offences, "change audited records through their entities, not bulk statements");
    }

    private static Map<String, String> auditedEntities() {
        Map<String, String> audited = new TreeMap<>();
        for (Path file : javaFiles()) {
            Matcher matcher = AUDITED_ENTITY.matcher(read(file));
            while (matcher.find()) {
                audited.put(matcher.group(2), matcher.group(1));
            }
        }
        return audited;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
