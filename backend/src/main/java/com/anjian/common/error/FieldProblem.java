package com.anjian.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field: its JSON path in the request (or the query parameter name) and why. */
@Schema(name = "FieldError")
public record FieldProblem(
        @Schema(required = true, examples = "name") String field,
        @Schema(required = true, examples = "不能为空") String message) {
}
