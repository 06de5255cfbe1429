package com.anjian.unit;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the unit list. */
public class UnitFilter {

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the name or code")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Unit kind, one of the UnitKind values")
    public String kind;

    @QueryParam("active")
    public Boolean active;

    @QueryParam("sector")
    @Parameter(description = "Sector code the unit covers")
    public String sector;

    @QueryParam("enforcementPowers")
    public Boolean enforcementPowers;
}
