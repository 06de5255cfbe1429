package com.anjian.hazard;

import com.anjian.common.validation.IsoMonth;
import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the hazard list and its export. */
public class HazardFilter {

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the number, place or description")
    public String q;

    @QueryParam("state")
    @Parameter(description = "FOUND, REGISTERED, RECTIFYING, VERIFIED or CLOSED", schema = @Schema(implementation = HazardState.class))
    public String state;

    @QueryParam("status")
    @Parameter(description = "One status; RECTIFYING and AWAITING_VERIFICATION split the state RECTIFYING by whether the work is reported done",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = HazardStatus.class))
    public String status;

    @QueryParam("grade")
    @Parameter(description = "GENERAL or MAJOR", schema = @Schema(implementation = HazardGrade.class))
    public String grade;

    @QueryParam("unitId")
    @Parameter(description = "The unit where the hazard is")
    public Long unitId;

    @QueryParam("responsibleUnitId")
    public Long responsibleUnitId;

    @QueryParam("sector")
    @SectorCode
    @Parameter(description = "Sector code, exactly as GET /api/v1/sectors lists it", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    public String sector;

    @QueryParam("overdue")
    @Parameter(description = "true: only past their deadline and not yet verified")
    public Boolean overdue;

    @QueryParam("month")
    @IsoMonth
    @Parameter(description = "Found in this month, YYYY-MM (2000-01 to 2099-12)",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(0[1-9]|1[0-2])$"))
    public String month;

    @QueryParam("awaitsDistrictReport")
    @Parameter(description = "true: major hazards not yet reported to the district")
    public Boolean awaitsDistrictReport;
}
