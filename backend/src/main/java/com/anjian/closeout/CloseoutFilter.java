package com.anjian.closeout;

import com.anjian.common.validation.IsoDate;
import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the close-out ledger and its export. */
public class CloseoutFilter {

    @QueryParam("from")
    @IsoDate
    @Parameter(description = "Closed on or after, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @IsoDate
    @Parameter(description = "Closed on or before, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("unitId")
    @Parameter(description = "The unit where the hazard is")
    public Long unitId;

    @QueryParam("closingUnitId")
    @Parameter(description = "The office that closed it: that office's own close-out ledger")
    public Long closingUnitId;

    @QueryParam("sector")
    @SectorCode
    @Parameter(description = "Sector code of the hazard, exactly as GET /api/v1/sectors lists it",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    public String sector;

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the close-out or hazard number, place or description", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String q;
}
