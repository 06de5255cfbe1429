package com.anjian.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, examples = "/problems/validation") String type,
        @Schema(required = true, examples = "请求内容有误") String title,
        @Schema(required = true, examples = "400") int status,
        String detail,
        String instance,
        @Schema(description = "Present for validation errors: one entry per invalid field") List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
