package com.anjian.document;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated .docx re-opened with POI, as Word would read it, and kept under target/documents for a look. */
public final class Docx {

    public static final Path OUTPUT = Path.of("target", "documents");

    private Docx() {
    }

    public static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("not a .docx POI can read", e);
        }
    }

    /** All the text of the document: paragraphs, tables, footer. */
    public static String text(byte[] bytes) {
        try (XWPFDocument document = open(bytes); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertHolds(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), () -> "the document does not say \"" + part + "\":\n" + text);
        }
    }

    public static Path write(String name, byte[] bytes) {
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
