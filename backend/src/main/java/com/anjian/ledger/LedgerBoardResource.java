package com.anjian.ledger;

import com.anjian.common.security.Roles;
import com.anjian.excel.Exports;
import com.anjian.excel.LedgerTemplate;
import com.anjian.excel.Xlsx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ledger matters across units: the blank template and the emergency office's board. */
@Path("/api/v1/ledgers")
@Tag(name = "Monthly ledgers")
public class LedgerBoardResource {

    private static final String PERIOD = "Month, YYYY-MM";

    @Inject
    LedgerService ledgers;

    @GET
    @Path("/template")
    @Produces(Xlsx.CONTENT_TYPE)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "downloadLedgerTemplate", summary = "The blank ledger template (.xlsx), optionally with a unit's name and month filled in")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response template(@QueryParam("unitId") Long unitId, @QueryParam("period") @Parameter(description = PERIOD) String period) {
        String unitName = unitId == null ? null : ledgers.readableUnitName(unitId);
        String month = period == null ? null : LedgerPeriod.parse(period, "period").toString();
        StreamingOutput body = out -> LedgerTemplate.write(out, unitName, month);
        return Response.ok(body, Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", Exports.disposition("月度隐患排查整改台账-模板.xlsx")).build();
    }

    @GET
    @Path("/board")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER})
    @Operation(operationId = "ledgerBoard", summary = "Units by months with each return's state; late and missing ones counted"
            + " (default: the six months ending with the current one)")
    public LedgerDtos.Board board(@QueryParam("from") @Parameter(description = PERIOD) String from,
                                  @QueryParam("to") @Parameter(description = PERIOD) String to) {
        return ledgers.board(from, to);
    }
}
