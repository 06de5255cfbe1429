package com.anjian.common.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads every query and path parameter of every endpoint strictly, in one place: numbers are
 * digits that fit their type, booleans are exactly "true" or "false" ("maybe" is not false), enums
 * are named exactly. A value that is not of its type is a 400 naming the parameter, never the 404
 * of the JAX-RS default nor a silent default. (Quarkus REST hands an absent primitive parameter
 * over as "0", even a boolean: give primitive parameters a {@code @DefaultValue}.)
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(rawType == long.class ? 0L : null,
                    text -> integer(name, text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(rawType == int.class ? 0 : null,
                    text -> (int) integer(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(rawType == boolean.class ? Boolean.FALSE : null, text -> {
                if ("true".equals(text)) {
                    return Boolean.TRUE;
                }
                if ("false".equals(text)) {
                    return Boolean.FALSE;
                }
                throw new InvalidParameterException(name, "error.param.boolean");
            });
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(null, text -> enumValue(rawType, name, text));
        }
        return null;
    }

    private static long integer(String name, String text, long min, long max) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new InvalidParameterException(name, "error.param.integer");
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new InvalidParameterException(name, "error.param.integer-range", String.valueOf(min), String.valueOf(max));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "error.param.integer-range", String.valueOf(min), String.valueOf(max));
        }
    }

    private static Object enumValue(Class<?> type, String name, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        throw new InvalidParameterException(name, "error.enum.unknown", allowed);
    }

    /** {@code absent} is what a parameter that was not sent becomes (a primitive's zero, or null). */
    private static <T> ParamConverter<T> converter(T absent, Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? absent : read.apply(value);
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    /** The name a caller sees for the parameter; null for headers, cookies and form fields. */
    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof RestQuery query) {
                return query.value().isEmpty() ? "query" : query.value();
            }
            if (annotation instanceof RestPath path) {
                return path.value().isEmpty() ? "path" : path.value();
            }
        }
        return null;
    }
}
