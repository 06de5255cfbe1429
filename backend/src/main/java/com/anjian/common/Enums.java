package com.anjian.common;

import com.anjian.common.error.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parsing of enum-valued text filters into a 400 naming the parameter, not a 404: the name exactly
 * (" FOUND" and "found" are not FOUND); blank means no filter.
 */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(parameter, "error.enum.unknown", allowed);
        }
    }
}
