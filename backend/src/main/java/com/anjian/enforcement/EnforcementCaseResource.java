package com.anjian.enforcement;

import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.anjian.common.paging.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enforcement-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Enforcement cases", description = "执法案件: opened from an inspection that found a violation, taken through the chain"
        + " of documents (order, re-inspection, penalty notice, decision, payment, closing) by the office holding enforcement powers")
public class EnforcementCaseResource {

    private static final String STEP = " Send the case's version (409 when stale); a step the chain does not allow where the case"
            + " stands gets 409. Town admins, and the head of the case's office.";

    /** The media type of a Word document (.docx). */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    EnforcementCaseService cases;

    @Inject
    CaseDocuments documents;

    @Inject
    EnforcementLedgerExport ledger;

    @Inject
    com.anjian.common.time.BusinessClock clock;

    @GET
    @Path("/{id}/documents/{kind}")
    @Produces(DOCX)
    @Operation(operationId = "downloadEnforcementDocument", summary = "One of the case's documents as .docx, generated from the"
            + " case's data, named by its number; readable like the case (404 when you cannot read the case or the document"
            + " is not issued yet)")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") long id, @PathParam("kind") com.anjian.document.DocumentKind kind) {
        return docx(documents.ofCase(id, kind));
    }

    /** The document as a download named by its number (东溪经发责改〔2026〕3号.docx). */
    static Response docx(CaseDocuments.Generated generated) {
        return Response.ok(generated.docx(), DOCX)
                .header("Content-Disposition", com.anjian.excel.Exports.disposition(generated.number() + ".docx")).build();
    }

    @GET
    @Operation(operationId = "listEnforcementCases", summary = "Cases you may see: town admins and leaders the town's; office heads"
            + " their own office's; village officers those against their own unit")
    public EnforcementDtos.Page list(@Valid @BeanParam EnforcementFilter filter, @Valid @BeanParam PageParams paging) {
        return cases.list(filter, paging);
    }

    @GET
    @Path("/totals")
    @Operation(operationId = "enforcementTotals", summary = "执法台账的合计: the figures of the cases the list shows under the same"
            + " filters and scope (penalised = a penalty decided, not withdrawn; fines = theirs)")
    public EnforcementDtos.Totals totals(@Valid @BeanParam EnforcementFilter filter) {
        return cases.totals(filter);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(com.anjian.excel.Xlsx.CONTENT_TYPE)
    @Operation(operationId = "exportEnforcementLedger", summary = "执法台账 as .xlsx: the cases the list shows under the same filters,"
            + " scope and order, one row each, and a totals row (streamed, any length)")
    @APIResponse(responseCode = "200", description = "The workbook, named 执法台账-<date>.xlsx",
            content = @Content(mediaType = com.anjian.excel.Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Valid @BeanParam EnforcementFilter filter,
                           @QueryParam("sort") @Size(max = 40, message = "{anjian.size.max}")
                           @Parameter(description = "The list's order: field to sort by, - for descending") String sort) {
        return Response.ok(ledger.export(filter, sort), com.anjian.excel.Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", com.anjian.excel.Exports.disposition("执法台账-" + clock.today() + ".xlsx")).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEnforcementCase", summary = "A case with its documents, history and the steps you may take now:"
            + " town admins and leaders the town's; office heads their own office's; village officers those against their own unit")
    public EnforcementDtos.Detail get(@PathParam("id") long id) {
        return cases.detail(id);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "openEnforcementCase", summary = "Open a case from a finished inspection with a failed violation item,"
            + " numbering its on-site record. Only the office that made the inspection and holds enforcement powers over its"
            + " sector (its head, or a town admin naming it as officeUnitId); anyone else 403")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnforcementDtos.Detail.class)))
    public Response open(@Valid @NotNull(message = "{anjian.required}") EnforcementDtos.OpenInput input, @Context UriInfo uri) {
        EnforcementDtos.Detail opened = cases.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build()).entity(opened).build();
    }

    @POST
    @Path("/{id}/order")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "orderEnforcementCase", summary = "责令限期整改: issue the numbered rectification order." + STEP)
    public EnforcementDtos.Detail order(@PathParam("id") long id,
                                        @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.OrderInput input) {
        return cases.order(id, input);
    }

    @POST
    @Path("/{id}/reinspect")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "reinspectEnforcementCase", summary = "整改复查: record the re-inspection and issue the numbered opinion." + STEP)
    public EnforcementDtos.Detail reinspect(@PathParam("id") long id,
                                            @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.ReinspectInput input) {
        return cases.reinspect(id, input);
    }

    @POST
    @Path("/{id}/notify-penalty")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "notifyEnforcementPenalty", summary = "行政处罚告知: issue the numbered notice of the intended penalty." + STEP)
    public EnforcementDtos.Detail notifyPenalty(@PathParam("id") long id,
                                                @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.NotifyPenaltyInput input) {
        return cases.notifyPenalty(id, input);
    }

    @POST
    @Path("/{id}/decide-penalty")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "decideEnforcementPenalty", summary = "行政处罚决定: issue the numbered penalty decision." + STEP)
    public EnforcementDtos.Detail decidePenalty(@PathParam("id") long id,
                                                @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.DecidePenaltyInput input) {
        return cases.decidePenalty(id, input);
    }

    @POST
    @Path("/{id}/record-payment")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "recordEnforcementPayment", summary = "Record the fine's payment with its receipt number (not for a warning only, fine 0: 409)." + STEP)
    public EnforcementDtos.Detail recordPayment(@PathParam("id") long id,
                                                @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.PaymentInput input) {
        return cases.recordPayment(id, input);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "closeEnforcementCase", summary = "结案 after the fine was paid, or at once after a decision of a warning only (fine 0)." + STEP)
    public EnforcementDtos.Detail close(@PathParam("id") long id,
                                        @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.CloseInput input) {
        return cases.close(id, input);
    }

    @POST
    @Path("/{id}/close-without-penalty")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "closeEnforcementCaseWithoutPenalty", summary = "不予处罚结案 after the re-inspection, on a legal ground"
            + " of the Administrative Penalty Law (OTHER needs a note)." + STEP)
    public EnforcementDtos.Detail closeWithoutPenalty(@PathParam("id") long id,
                                                      @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.CloseWithoutPenaltyInput input) {
        return cases.closeWithoutPenalty(id, input);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "withdrawEnforcementCase", summary = "撤销 the case, with its reason, before it is over. Never deleted." + STEP)
    public EnforcementDtos.Detail withdraw(@PathParam("id") long id,
                                           @Valid @NotNull(message = "{anjian.required}") EnforcementDtos.WithdrawInput input) {
        return cases.withdraw(id, input);
    }
}
