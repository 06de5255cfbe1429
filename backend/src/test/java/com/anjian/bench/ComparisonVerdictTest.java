package com.anjian.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's verdict, as the issue words its targets (plain JUnit: part of make test, no database). */
class ComparisonVerdictTest {

    private static boolean passes(double apiP95, double baseP95, Comparison.Target target) {
        return new Comparison.Result("op", "tiny", apiP95, apiP95, baseP95, baseP95, target, null).pass();
    }

    @Test
    void theRatioDecidesAlone() {
        assertTrue(passes(15, 10, Comparison.Target.ratio(1.5)));
        assertFalse(passes(16, 10, Comparison.Target.ratio(1.5)));
    }

    @Test
    void theAbsoluteLimitHoldsWhereTheBaselineMeetsIt() {
        Comparison.Target target = Comparison.Target.ratioAndUnder(1.5, 50);
        assertTrue(passes(45, 40, target));
        assertFalse(passes(55, 40, target), "within the ratio but over 50 ms while plain SQL takes 40");
        assertTrue(passes(80, 300, target), "plain SQL itself takes 300 ms: only the ratio applies");
        assertFalse(passes(500, 300, target));
    }
}
