package com.anjian.unit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitCodesTest {

    @Test
    void acceptsPublishedCreditCodes() {
        // Codes printed on real business licences (GB 32100 check character).
        assertTrue(UnitCodes.isCreditCode("91350100M000100Y43"));
        assertTrue(UnitCodes.isCreditCode("91110105771583283D"));
    }

    @Test
    void rejectsWrongCheckCharacterLengthOrLetters() {
        assertFalse(UnitCodes.isCreditCode("91350100M000100Y44"));
        assertFalse(UnitCodes.isCreditCode("91350100M000100Y4"));
        assertFalse(UnitCodes.isCreditCode("91350100I000100Y43"), "I is not in the code alphabet");
        assertFalse(UnitCodes.isCreditCode(null));
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals("91350100M000100Y43", UnitCodes.withCheckCharacter("91350100M000100Y4"));
    }

    @Test
    void divisionCodesAreTwelveDigits() {
        assertTrue(UnitCodes.isDivisionCode("500110109201"));
        assertFalse(UnitCodes.isDivisionCode("50011010920"));
        assertFalse(UnitCodes.isDivisionCode("50011010920A"));
    }
}
