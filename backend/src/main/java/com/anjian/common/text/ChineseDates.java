package com.anjian.common.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Dates as Chinese forms write them. {@link #longDate} is the usual 2026年11月29日 (deadlines, the
 * body of a form); {@link #upper} writes them in characters, 二〇二六年十一月二十九日, as an issuing
 * office dates what it signs and seals (GB/T 9704 writes the 成文日期 in figures since 2012, but
 * many enforcement forms and seals still use characters).
 */
public final class ChineseDates {

    private static final char[] YEAR_DIGITS = "〇一二三四五六七八九".toCharArray();
    private static final String[] UNITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseDates() {
    }

    /** 2026-11-29 → 2026年11月29日 (no leading zeros). */
    public static String longDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026-11-29T09:05 → 2026年11月29日9时05分. */
    public static String longDateTime(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        return longDate(at.toLocalDate()) + time(at);
    }

    /** 09:05 → 9时05分 (minutes with two digits, as forms fill in 时 and 分). */
    public static String time(LocalDateTime at) {
        return at.getHour() + "时" + String.format("%02d", at.getMinute()) + "分";
    }

    /** 2026-11-29 → 二〇二六年十一月二十九日; 2010-01-01 → 二〇一〇年一月一日. */
    public static String upper(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 1) {
            throw new IllegalArgumentException("a year before the common era: " + date);
        }
        StringBuilder out = new StringBuilder();
        for (char digit : Integer.toString(date.getYear()).toCharArray()) {
            out.append(YEAR_DIGITS[digit - '0']);
        }
        return out.append('年').append(number(date.getMonthValue())).append('月')
                .append(number(date.getDayOfMonth())).append('日').toString();
    }

    /** 1..31 in characters: 十, 十一, 二十, 二十九, 三十一. */
    static String number(int value) {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("not a month or a day: " + value);
        }
        int tens = value / 10;
        int ones = value % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "" : UNITS[tens]) + "十";
        return prefix + UNITS[ones];
    }
}
