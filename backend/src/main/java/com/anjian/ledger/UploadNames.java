package com.anjian.ledger;

/**
 * The name of an uploaded file as it may be stored and shown: the client's folder stripped (either
 * kind of slash), control and bidirectional-override characters removed (a NUL, a bell, or U+202E
 * that makes "gnp.xlsx" display as "xslx.png"), and cut to the column's length by whole characters.
 * Nothing a client sends as a file name can fail an upload.
 */
public final class UploadNames {

    private UploadNames() {
    }

    public static String clean(String name, int maxLength, String fallback) {
        if (name == null) {
            return fallback;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && !isFormatting(c)).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return fallback;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength)).strip();
        }
        return cleaned;
    }

    /** Invisible characters that change how the rest of a name reads (Unicode "format" characters, e.g. bidi overrides). */
    private static boolean isFormatting(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
