package com.anjian.common.web;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that is not of its declared type ("unitId=x", "overdue=maybe",
 * "/hazards/abc"). Being a WebApplicationException, Quarkus REST passes it on as it is, instead of
 * turning it into the 404 that JAX-RS prescribes; ProblemMappers answers 400 naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidParameterException(String parameter, String messageKey, Object... args) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
