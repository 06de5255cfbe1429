package com.anjian.common.validation;

/**
 * Arguments of a constraint's message that only the validator knows (the earliest allowed date,
 * the unknown code), carried to ProblemMappers as Hibernate Validator's dynamic payload.
 */
public record MessageArgs(Object... args) {
}
