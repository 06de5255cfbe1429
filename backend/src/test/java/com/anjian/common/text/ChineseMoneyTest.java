package com.anjian.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Amounts as forms write them, each expectation written out by hand from the rules of financial
 * writing (the examples of the People's Bank's rules for filling in cheques among them).
 */
class ChineseMoneyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // nothing, and amounts below one yuan start at their first non-zero place
            "0, 零元整",
            "0.00, 零元整",
            "0.01, 壹分",
            "0.05, 伍分",
            "0.1, 壹角",
            "0.50, 伍角",
            "0.55, 伍角伍分",
            // every digit carries its place; 元整 without 角 and 分
            "1, 壹元整",
            "10, 壹拾元整",
            "11, 壹拾壹元整",
            "20, 贰拾元整",
            "99, 玖拾玖元整",
            "100, 壹佰元整",
            "101, 壹佰零壹元整",
            "110, 壹佰壹拾元整",
            "1000, 壹仟元整",
            "1001, 壹仟零壹元整",
            "1010, 壹仟零壹拾元整",
            "1100, 壹仟壹佰元整",
            "2008, 贰仟零捌元整",
            // 万: a skipped place inside the number is one 零, trailing zeros write nothing
            "10000, 壹万元整",
            "10001, 壹万零壹元整",
            "10600, 壹万零陆佰元整",
            "10600.50, 壹万零陆佰元伍角",
            "10600.05, 壹万零陆佰元零伍分",
            "10600.55, 壹万零陆佰元伍角伍分",
            "16409.02, 壹万陆仟肆佰零玖元零贰分",
            // the People's Bank allows one 零 either before the skipped 千 or after 元: we write it inside the yuan, never after 元
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "107000.53, 壹拾万零柒仟元伍角叁分",
            "325.04, 叁佰贰拾伍元零肆分",
            "30000.00, 叁万元整",
            "100010, 壹拾万零壹拾元整",
            "110000, 壹拾壹万元整",
            "200000, 贰拾万元整",
            "1000000, 壹佰万元整",
            "1050000, 壹佰零伍万元整",
            "10000000, 壹仟万元整",
            "20000000, 贰仟万元整",
            "10010000, 壹仟零壹万元整",
            // 亿: a section of zeros writes neither its digits nor its 万
            "100000000, 壹亿元整",
            "100000001, 壹亿零壹元整",
            "100010000, 壹亿零壹万元整",
            "110000000, 壹亿壹仟万元整",
            "101000000, 壹亿零壹佰万元整",
            "1000000010, 壹拾亿零壹拾元整",
            // above 亿 stands a number of 亿 with its own 万
            "1000000000000, 壹万亿元整",
            "5000300000000, 伍万零叁亿元整",
            "1000000010000, 壹万亿零壹万元整",
            "1200000000000, 壹万贰仟亿元整",
            "9999999999999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            // how the figure was typed does not matter
            "10.500, 壹拾元伍角",
            "1E+3, 壹仟元整",
    })
    void capitals(String amount, String expected) {
        assertEquals(expected, ChineseMoney.capitals(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-1", "-0.01", "0.001", "1.005", "10600.501", "10000000000000000"})
    void capitalsRefuseNegativeAmountsFractionsOfAFenAndTooLargeAmounts(String amount) {
        assertThrows(IllegalArgumentException.class, () -> ChineseMoney.capitals(new BigDecimal(amount)));
    }

    @Test
    void capitalsOfNothingAtAllIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> ChineseMoney.capitals(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "10600, 1.06万元",
            "500, 0.05万元",
            "0, 0万元",
            "0.00, 0万元",
            "49, 0万元",
            "50, 0.01万元",
            "10000, 1万元",
            "15000, 1.5万元",
            "10650, 1.07万元",
            "10649.99, 1.06万元",
            "123456789, 12345.68万元",
            "100000000, 10000万元",
    })
    void wan(String amount, String expected) {
        assertEquals(expected, ChineseMoney.wan(new BigDecimal(amount)));
    }

    @Test
    void wanRefusesNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> ChineseMoney.wan(new BigDecimal("-500")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "10600; 10,600.00元",
            "0; 0.00元",
            "0.5; 0.50元",
            "999; 999.00元",
            "1000; 1,000.00元",
            "10600.05; 10,600.05元",
            "1234567.89; 1,234,567.89元",
    })
    void yuan(String amount, String expected) {
        assertEquals(expected, ChineseMoney.yuan(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-1", "0.001", "10.555"})
    void yuanRefusesNegativeAmountsAndFractionsOfAFen(String amount) {
        assertThrows(IllegalArgumentException.class, () -> ChineseMoney.yuan(new BigDecimal(amount)));
    }
}
