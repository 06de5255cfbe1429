package com.anjian.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of the right JSON type that is still unacceptable (a date outside the plausible range),
 * with the message key to tell the caller why. Jackson adds the field's path as it unwinds.
 */
public class InvalidValueException extends InvalidFormatException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidValueException(JsonParser parser, Object value, Class<?> type, String messageKey, Object... args) {
        super(parser, messageKey + ": " + value, value, type);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
