package com.anjian.campaign;

import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the campaign list. */
public class CampaignFilter {

    @QueryParam("sector")
    @SectorCode
    @Parameter(description = "Sector code, exactly as GET /api/v1/sectors lists it", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    public String sector;

    @QueryParam("active")
    @Parameter(description = "true: running today; false: not yet begun or ended")
    public Boolean active;

    @QueryParam("year")
    @Min(value = 2000, message = "{anjian.min}")
    @Max(value = 2099, message = "{anjian.max}")
    @Parameter(description = "Running at some time in this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
    public Integer year;
}
