package com.anjian.hazard;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the hazard list and its export. */
public class HazardFilter {

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the number, place or description")
    public String q;

    @QueryParam("state")
    @Parameter(description = "FOUND, REGISTERED, RECTIFYING, VERIFIED or CLOSED")
    public String state;

    @QueryParam("status")
    @Parameter(description = "One status; RECTIFYING and AWAITING_VERIFICATION split the state RECTIFYING by whether the work is reported done",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = HazardStatus.class))
    public String status;

    @QueryParam("grade")
    @Parameter(description = "GENERAL or MAJOR")
    public String grade;

    @QueryParam("unitId")
    @Parameter(description = "The unit where the hazard is")
    public Long unitId;

    @QueryParam("responsibleUnitId")
    public Long responsibleUnitId;

    @QueryParam("sector")
    @Parameter(description = "Sector code")
    public String sector;

    @QueryParam("overdue")
    @Parameter(description = "true: only past their deadline and not yet verified")
    public Boolean overdue;

    @QueryParam("month")
    @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "{anjian.month}")
    @Parameter(description = "Found in this month, YYYY-MM")
    public String month;

    @QueryParam("awaitsDistrictReport")
    @Parameter(description = "true: major hazards not yet reported to the district")
    public Boolean awaitsDistrictReport;
}
