package com.anjian.inspection;

import com.anjian.common.validation.IsoDate;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the inspection list. */
public class InspectionFilter {

    @QueryParam("inspectingUnitId")
    @Parameter(description = "The inspecting office")
    public Long inspectingUnitId;

    @QueryParam("inspectedUnitId")
    @Parameter(description = "The inspected unit")
    public Long inspectedUnitId;

    @QueryParam("state")
    @Parameter(description = "IN_PROGRESS or FINISHED", schema = @Schema(implementation = InspectionState.class))
    public String state;

    @QueryParam("from")
    @IsoDate
    @Parameter(description = "Inspected on or after, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @IsoDate
    @Parameter(description = "Inspected on or before, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the number or place")
    public String q;
}
