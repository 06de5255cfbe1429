package com.anjian.common.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Request bodies are read as written, never guessed at: a number is not a text ("place":123), a
 * text is not a number ("funds":"800"), 1 is not true, an enum is named exactly ("grade":1 is not
 * MAJOR), a date is an ISO "YYYY-MM-DD" string within {@code DateRules} (never an epoch day), an
 * array holds no nulls, a key appears once and nothing follows the document. Each refusal names
 * the field (ProblemMappers).
 *
 * <p>Unknown properties are still ignored (Quarkus' default): they are never stored, because every
 * body is read into a DTO record, and ignoring them lets a newer client talk to an older server
 * during a rolling deployment. Refusing them would add no protection.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, so these date readers replace the ones its modules register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());

        // No scalar stands in for another, in any direction.
        for (LogicalType type : STRICT) {
            var config = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : SHAPES) {
                if (!natural(type, shape)) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
            }
            config.setAcceptBlankAsEmpty(false);
        }
        // [1, null] is not a list of ids: a null inside any array or collection is refused.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

        SimpleModule dates = new SimpleModule("anjian-iso-dates");
        dates.addDeserializer(LocalDate.class, new IsoDates.LocalDateReader());
        dates.addDeserializer(YearMonth.class, new IsoDates.YearMonthReader());
        mapper.registerModule(dates);
    }

    private static final LogicalType[] STRICT = {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
            LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime};
    private static final CoercionInputShape[] SHAPES = {CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
            CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject};

    /** The shapes a type is written in on the wire; everything else would be a coercion. */
    private static boolean natural(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Integer -> shape == CoercionInputShape.Integer;
            // Amounts (BigDecimal) may be written 800 as well as 800.5.
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Enum, DateTime -> shape == CoercionInputShape.String;
            default -> true;
        };
    }
}
