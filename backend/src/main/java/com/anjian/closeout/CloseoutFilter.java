package com.anjian.closeout;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the close-out ledger and its export. */
public class CloseoutFilter {

    @QueryParam("from")
    @Parameter(description = "Closed on or after, YYYY-MM-DD")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Closed on or before, YYYY-MM-DD")
    public String to;

    @QueryParam("unitId")
    @Parameter(description = "The unit where the hazard is")
    public Long unitId;

    @QueryParam("closingUnitId")
    @Parameter(description = "The office that closed it: that office's own close-out ledger")
    public Long closingUnitId;

    @QueryParam("sector")
    @Parameter(description = "Sector code of the hazard")
    public String sector;

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the close-out or hazard number, place or description")
    public String q;
}
