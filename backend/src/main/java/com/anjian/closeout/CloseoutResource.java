package com.anjian.closeout;

import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Roles;
import com.anjian.excel.Exports;
import com.anjian.excel.Xlsx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/closeouts")
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Close-out ledger", description = "隐患销号台账: hazards that completed the five-step loop. Office heads close the"
        + " verified hazards their office sees (at, reported by or assigned to it, or in a sector it supervises), the"
        + " emergency office any hazard of the town; each entry records the closer's unit, so closingUnitId gives an"
        + " office its own close-out ledger")
public class CloseoutResource {

    @Inject
    CloseoutService closeouts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCloseouts", summary = "The close-out ledger entries you may see (default: newest first; sort by closedAt, closeoutNo, foundOn or unitName)")
    public CloseoutPage list(@Valid @BeanParam CloseoutFilter filter, @Valid @BeanParam PageParams paging) {
        return closeouts.list(filter, paging);
    }

    @GET
    @Path("/export")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(operationId = "exportCloseouts", summary = "The filtered close-out ledger as .xlsx (streamed, any length)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Valid @BeanParam CloseoutFilter filter) {
        return Response.ok(closeouts.export(filter), Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", Exports.disposition("隐患销号台账.xlsx")).build();
    }
}
