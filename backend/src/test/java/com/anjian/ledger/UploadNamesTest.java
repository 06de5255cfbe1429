package com.anjian.ledger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File names as clients send them, made fit to store and show (plain JUnit). */
class UploadNamesTest {

    private static String clean(String name) {
        return UploadNames.clean(name, 10, "台账.xlsx");
    }

    @Test
    void folderControlAndOverrideCharactersGoAndLengthIsCutByCharacters() {
        assertEquals("台账.xlsx", clean(null));
        assertEquals("台账.xlsx", clean("/"));
        assertEquals("台账.xlsx", clean("C:\\"));
        assertEquals("台账.xlsx", clean("  \t"));
        assertEquals("台账.xlsx", clean(".."));
        assertEquals("passwd", clean("../../etc/passwd"));
        assertEquals("九月.xlsx", clean("C:\\Users\\王\\九月.xlsx"));
        assertEquals("ab.xlsx", clean("a\u0000b.xlsx"));
        assertEquals("gnp.xlsx", clean("\u202Egnp.xlsx"));
        assertEquals("一二三四五六七八九十", clean("一二三四五六七八九十十一.xlsx"));
        // Whole characters: an emoji outside the BMP is one character, never cut in half.
        assertEquals("😀😀😀😀😀😀😀😀😀😀", clean("😀".repeat(12)));
    }
}
