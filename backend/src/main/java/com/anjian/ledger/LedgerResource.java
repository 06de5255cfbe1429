package com.anjian.ledger;

import com.anjian.common.error.ProblemException;
import com.anjian.common.security.Roles;
import com.anjian.excel.Exports;
import com.anjian.excel.LedgerColumns;
import com.anjian.excel.Xlsx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;


@Path("/api/v1/units/{unitId}/ledgers/{period}")
@Tag(name = "Monthly ledgers", description = "月度隐患排查整改台账: each unit's monthly return to the emergency office")
public class LedgerResource {

    private static final String PERIOD = "Month, YYYY-MM";

    @Inject
    LedgerService ledgers;

    @Inject
    LedgerImportService imports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getLedger", summary = "A unit's ledger for a month: live lines while a draft or returned, the submitted"
            + " snapshot after; with its history")
    public LedgerDtos.Ledger get(@PathParam("unitId") long unitId, @PathParam("period") @Parameter(description = PERIOD) String period) {
        return ledgers.view(unitId, period);
    }

    @GET
    @Path("/submissions/{no}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getLedgerSubmission", summary = "One submitted version of the ledger (1, 2, …) as it was submitted,"
            + " with who returned or accepted it")
    public LedgerDtos.Submission submission(@PathParam("unitId") long unitId, @PathParam("period") @Parameter(description = PERIOD) String period,
                                            @PathParam("no") @Parameter(description = "The version, 1 for the first submission") int no) {
        return ledgers.submission(unitId, period, no)
                .orElseThrow(() -> ProblemException.notFound("entity.ledger-submission", period + " #" + no));
    }

    @GET
    @Path("/imports")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "listLedgerImports", summary = "The Excel uploads into the ledger, newest first: who imported which file when,"
            + " and how many rows it had and created")
    public List<LedgerDtos.ImportRecord> imports(@PathParam("unitId") long unitId, @PathParam("period") @Parameter(description = PERIOD) String period) {
        return ledgers.imports(unitId, period);
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "submitLedger", summary = "Submit the month's ledger (or an explicit nil return) as a new version;"
            + " on time or late is computed. A month before the unit's ledgersDueFrom is refused (400)")
    public LedgerDtos.Ledger submit(@PathParam("unitId") long unitId, @PathParam("period") String period,
                                    @Valid @NotNull(message = "{anjian.required}") LedgerDtos.Submit input) {
        return ledgers.submit(unitId, period, input);
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "returnLedger", summary = "Return a submitted ledger to its unit, with the reason (emergency office)")
    public LedgerDtos.Ledger returnLedger(@PathParam("unitId") long unitId, @PathParam("period") String period,
                                          @Valid @NotNull(message = "{anjian.required}") LedgerDtos.Return input) {
        return ledgers.returnLedger(unitId, period, input);
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "acceptLedger", summary = "Accept a submitted ledger (emergency office)")
    public LedgerDtos.Ledger accept(@PathParam("unitId") long unitId, @PathParam("period") String period,
                                    @Valid @NotNull(message = "{anjian.required}") LedgerDtos.Accept input) {
        return ledgers.accept(unitId, period, input);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "importLedger", summary = "Upload a filled ledger sheet (.xlsx, template columns): every row is checked,"
            + " nothing is imported unless all are valid, and uploading the same rows again creates nothing new")
    public LedgerDtos.ImportResult importSheet(@PathParam("unitId") long unitId, @PathParam("period") String period,
                                               @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "anjian.required");
        }
        return imports.importFile(unitId, period, file.uploadedFile(), file.fileName());
    }

    @GET
    @Path("/export")
    @Produces(Xlsx.CONTENT_TYPE)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "exportLedger", summary = "The unit's monthly ledger as .xlsx, in the paper ledger's columns")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("unitId") long unitId, @PathParam("period") String period) {
        LedgerDtos.Ledger ledger = ledgers.view(unitId, period);
        String month = ledger.period().replace("-", "年") + "月";
        String status = switch (ledger.state()) {
            case DRAFT -> "未报送（草稿）";
            case SUBMITTED -> "已报送";
            case RETURNED -> "已退回";
            case ACCEPTED -> "已验收";
        };
        String subtitle = "填报单位：" + ledger.unitName() + "    月份：" + month + "    状态：" + status
                + (ledger.nilReturn() ? "（本月无隐患）" : "");
        // One unit's month, already read as lines for the view (tens of rows): the same writer, no second query.
        var layout = new Exports.Layout("隐患排查整改台账", ledger.unitName() + "月度隐患排查整改台账", subtitle,
                LedgerColumns.headers(), LedgerColumns.widths());
        StreamingOutput body = out -> Exports.write(out, layout, sink -> {
                    for (LedgerDtos.Line line : ledger.lines()) {
                        LedgerRows.write(sink, line);
                    }
                });
        return Response.ok(body, Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", Exports.disposition(ledger.unitName() + "-" + ledger.period() + "-隐患排查整改台账.xlsx"))
                .build();
    }
}
