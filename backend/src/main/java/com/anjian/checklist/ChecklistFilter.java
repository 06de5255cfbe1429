package com.anjian.checklist;

import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the checklist list. */
public class ChecklistFilter {

    @QueryParam("sector")
    @SectorCode
    @Parameter(description = "Sector code, exactly as GET /api/v1/sectors lists it", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    public String sector;

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the title")
    public String q;

    @QueryParam("active")
    @Parameter(description = "true: in use; false: deactivated")
    public Boolean active;
}
