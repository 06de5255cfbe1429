package com.anjian.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/** Tells a file's real type from its first bytes (and, for Office files, its zip entries). */
public final class ContentSniffer {

    private ContentSniffer() {
    }

    public static Optional<FileKind> sniff(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, read);
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileKind.JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(FileKind.PNG);
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(FileKind.GIF);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(FileKind.WEBP);
        }
        if (ascii(head, 4, "ftyp") && (ascii(head, 8, "heic") || ascii(head, 8, "heix") || ascii(head, 8, "mif1")
                || ascii(head, 8, "hevc"))) {
            return Optional.of(FileKind.HEIC);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(FileKind.PDF);
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            return officeKind(file);
        }
        return Optional.empty();
    }

    /** A zip is only accepted when it is really a Word or Excel document. */
    private static Optional<FileKind> officeKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileKind.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileKind.XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + bytes.length
                && Arrays.equals(head, offset, offset + bytes.length, bytes, 0, bytes.length);
    }
}
