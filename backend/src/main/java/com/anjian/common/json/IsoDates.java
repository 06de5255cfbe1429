package com.anjian.common.json;

import com.anjian.common.time.DateRules;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates in request bodies: exactly "YYYY-MM-DD" (months "YYYY-MM"), a real calendar day, within
 * {@link DateRules#plausible}. Jackson's own reader would also take 20260101 as an epoch day, a
 * [2026,1,1] array, "+10000-01-01" or a date-time; none of those is what a person typed.
 */
public final class IsoDates {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /** The date written as "YYYY-MM-DD", or empty when it is not one (wrong shape or no such day). */
    public static java.util.Optional<LocalDate> parseDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(text, STRICT_DATE));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** The month written as "YYYY-MM", or empty. */
    public static java.util.Optional<YearMonth> parseMonth(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.parse(text, STRICT_MONTH));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    static final class LocalDateReader extends StdScalarDeserializer<LocalDate> {

        LocalDateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate date = parseDate(text)
                    .orElseThrow(() -> new InvalidValueException(parser, text, LocalDate.class, "anjian.date"));
            if (DateRules.plausible(date).isPresent()) {
                throw new InvalidValueException(parser, text, LocalDate.class, "date.out-of-range", DateRules.rangeArgs());
            }
            return date;
        }
    }

    static final class YearMonthReader extends StdScalarDeserializer<YearMonth> {

        YearMonthReader() {
            super(YearMonth.class);
        }

        @Override
        public YearMonth deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (YearMonth) context.handleUnexpectedToken(YearMonth.class, parser);
            }
            String text = parser.getText();
            YearMonth month = parseMonth(text)
                    .orElseThrow(() -> new InvalidValueException(parser, text, YearMonth.class, "anjian.month"));
            if (DateRules.plausible(month.atDay(1)).isPresent()) {
                throw new InvalidValueException(parser, text, YearMonth.class, "date.out-of-range", DateRules.rangeArgs());
            }
            return month;
        }
    }
}
