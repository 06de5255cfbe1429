package com.anjian.unit;

import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the unit list. */
public class UnitFilter {

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the name or code")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Unit kind, one of the UnitKind values", schema = @Schema(implementation = UnitKind.class))
    public String kind;

    @QueryParam("active")
    public Boolean active;

    @QueryParam("sector")
    @SectorCode
    @Parameter(description = "Sector code the unit covers, exactly as GET /api/v1/sectors lists it",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    public String sector;

    @QueryParam("enforcementPowers")
    public Boolean enforcementPowers;
}
