package com.anjian.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the plan list. */
public class InspectionPlanFilter {

    @QueryParam("unitId")
    @Parameter(description = "The planning office")
    public Long unitId;

    @QueryParam("year")
    @Min(value = 2000, message = "{anjian.min}")
    @Max(value = 2099, message = "{anjian.max}")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
    public Integer year;

    @QueryParam("kind")
    @Parameter(description = "ANNUAL or MONTHLY", schema = @Schema(implementation = PlanKind.class))
    public String kind;

    @QueryParam("month")
    @Min(value = 1, message = "{anjian.min}")
    @Max(value = 12, message = "{anjian.max}")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"))
    public Integer month;
}
