package com.anjian.enforcement;

import com.anjian.common.validation.IsoDate;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the enforcement case list. */
public class EnforcementFilter {

    @QueryParam("officeUnitId")
    @Parameter(description = "The office conducting the case")
    public Long officeUnitId;

    @QueryParam("partyUnitId")
    @Parameter(description = "The party (the inspected unit)")
    public Long partyUnitId;

    @QueryParam("state")
    @Parameter(description = "Where the case stands", schema = @Schema(implementation = CaseState.class))
    public String state;

    @QueryParam("campaignId")
    @Parameter(description = "The campaign of the inspection the case came from")
    public Long campaignId;

    @QueryParam("from")
    @IsoDate
    @Parameter(description = "Opened on or after, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @IsoDate
    @Parameter(description = "Opened on or before, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the facts or a document number")
    public String q;
}
