package com.anjian.enforcement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of the enforcement monitors: a year, and optionally one office. */
public class MonitorParams {

    @QueryParam("year")
    @NotNull(message = "{anjian.required}")
    @Min(value = 2000, message = "{anjian.min}")
    @Max(value = 2099, message = "{anjian.max}")
    @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
    public Integer year;

    @QueryParam("officeUnitId")
    @Parameter(description = "One office (office heads: only their own)")
    public Long officeUnitId;
}
