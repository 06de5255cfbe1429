package com.anjian.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as forms write them, each expectation written out by hand. */
class ChineseDatesTest {

    /** The days of a month in characters, 1 to 31, as a form writes them. */
    private static final List<String> DAYS = List.of(
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
            "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
            "三十一");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-29, 2026年11月29日",
            "2026-01-05, 2026年1月5日",
            "2000-10-10, 2000年10月10日",
            "2021-12-31, 2021年12月31日",
    })
    void longDate(LocalDate date, String expected) {
        assertEquals(expected, ChineseDates.longDate(date));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-29T09:05, 2026年11月29日9时05分",
            "2026-11-29T14:30, 2026年11月29日14时30分",
            "2026-01-01T00:00, 2026年1月1日0时00分",
    })
    void longDateTime(LocalDateTime at, String expected) {
        assertEquals(expected, ChineseDates.longDateTime(at));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-29, 二〇二六年十一月二十九日",
            "2010-01-01, 二〇一〇年一月一日",
            "2000-10-10, 二〇〇〇年十月十日",
            "2026-12-20, 二〇二六年十二月二十日",
            "2024-03-31, 二〇二四年三月三十一日",
            "2025-06-15, 二〇二五年六月十五日",
            "2019-09-30, 二〇一九年九月三十日",
            "2026-11-21, 二〇二六年十一月二十一日",
            "1999-02-28, 一九九九年二月二十八日",
    })
    void upper(LocalDate date, String expected) {
        assertEquals(expected, ChineseDates.upper(date));
    }

    @Test
    void upperWritesEveryDayOfTheMonthAndEveryMonth() {
        for (int day = 1; day <= 31; day++) {
            assertEquals("二〇二六年一月" + DAYS.get(day - 1) + "日", ChineseDates.upper(LocalDate.of(2026, 1, day)));
        }
        for (int month = 1; month <= 12; month++) {
            assertEquals("二〇二六年" + DAYS.get(month - 1) + "月一日", ChineseDates.upper(LocalDate.of(2026, month, 1)));
        }
    }
}
