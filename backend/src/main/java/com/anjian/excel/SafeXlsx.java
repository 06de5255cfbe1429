package com.anjian.excel;

import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens an uploaded .xlsx only after checking it is one, not too big, and not a zip bomb: the
 * archive is inflated once with a running total before POI sees it (POI's own inflate-ratio guard
 * stays on as a second line). The package is opened for streaming its parts, never as a workbook.
 */
public final class SafeXlsx {

    private static final int MAX_ENTRIES = 500;

    private SafeXlsx() {
    }

    /**
     * The checked package, for reading its parts as streams (a sheet of 10,000 rows is read with SAX,
     * never loaded as a workbook); the caller reverts it when done.
     */
    public static OPCPackage openPackage(Path file, long maxBytes, long maxUncompressedBytes) {
        long size;
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw ProblemException.invalid("file", "excel.unreadable");
        }
        if (size == 0) {
            throw ProblemException.invalid("file", "attachment.empty");
        }
        if (size > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "excel.too-large", maxBytes / (1024 * 1024));
        }
        if ((head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "excel.old-xls");
        }
        if (!(head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "excel.not-xlsx");
        }
        checkArchive(file, maxUncompressedBytes);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw ProblemException.invalid("file", "excel.corrupt");
        }
    }

    private static void checkArchive(Path file, long maxUncompressedBytes) {
        boolean workbook = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw ProblemException.invalid("file", "excel.bomb");
                }
                workbook |= "xl/workbook.xml".equals(entry.getName());
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw ProblemException.invalid("file", "excel.bomb");
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw ProblemException.invalid("file", "excel.corrupt");
        } catch (IOException e) {
            throw ProblemException.invalid("file", "excel.corrupt");
        }
        if (entries == 0) {
            throw ProblemException.invalid("file", "excel.corrupt");
        }
        if (!workbook) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "excel.not-xlsx");
        }
    }
}
