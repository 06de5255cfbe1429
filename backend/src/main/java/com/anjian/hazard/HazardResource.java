package com.anjian.hazard;

import com.anjian.common.audit.AuditPage;
import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Hazards", description = "Hazards (隐患) through the five-step loop: found → registered → rectifying → verified → closed")
public class HazardResource {

    private static final String STEP_NOTE = " Each step needs the version you read: a stale one gets 409, as does a step"
            + " the hazard's state does not admit (no step may be skipped or repeated).";

    @Inject
    HazardService hazards;

    @Inject
    HazardExport exports;

    @Inject
    HazardHistory history;

    @GET
    @Operation(operationId = "listHazards", summary = "Hazards you may see, filtered")
    public HazardPage list(@Valid @BeanParam HazardFilter filter, @Valid @BeanParam PageParams paging) {
        return hazards.list(filter, paging);
    }

    @GET
    @Path("/export")
    @Produces(com.anjian.excel.Xlsx.CONTENT_TYPE)
    @Operation(operationId = "exportHazards", summary = "The filtered hazard list as .xlsx (streamed, any length)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = com.anjian.excel.Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Valid @BeanParam HazardFilter filter) {
        return Response.ok(exports.export(filter), com.anjian.excel.Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", com.anjian.excel.Exports.disposition("隐患清单.xlsx")).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHazard", summary = "A hazard with its timeline and the steps you may take")
    public HazardDetailDto get(@PathParam("id") long id) {
        return hazards.detail(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER})
    @Operation(operationId = "hazardHistory", summary = "Who changed the hazard, when and which values, step by step"
            + " (town admins and leaders): its fields, the step recorded, attachments bound, close-out number, escalations")
    public AuditPage history(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        return history.history(id, paging);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "reportHazard", summary = "Step 1, found (排查): report a hazard; village officers only in their own village")
    @APIResponse(responseCode = "201", description = "Reported",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HazardDetailDto.class)))
    public Response report(@Valid @NotNull(message = "{anjian.required}") HazardInput input, @Context UriInfo uri) {
        HazardDetailDto created = hazards.report(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.summary().id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/register")
    @Operation(operationId = "registerHazard", summary = "Step 2, registered (登记): grade, responsible unit and person, measures, funds, deadline, plans." + STEP_NOTE)
    public HazardDetailDto register(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Register input) {
        return hazards.register(id, input);
    }

    @POST
    @Path("/{id}/order")
    @Operation(operationId = "orderRectification", summary = "Step 3, rectifying (整改): issue the rectification order with its deadline." + STEP_NOTE)
    public HazardDetailDto order(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Order input) {
        return hazards.order(id, input);
    }

    @POST
    @Path("/{id}/progress")
    @Operation(operationId = "addRectificationProgress", summary = "A progress note, with photos, while rectifying." + STEP_NOTE)
    public HazardDetailDto progress(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Progress input) {
        return hazards.progress(id, input);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeRectification", summary = "Report the rectification done, ready for verification." + STEP_NOTE)
    public HazardDetailDto complete(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Complete input) {
        return hazards.complete(id, input);
    }

    @POST
    @Path("/{id}/verify")
    @Operation(operationId = "verifyHazard", summary = "Step 4, verified (验收), by someone other than the rectifier; a failure sends it back to rectifying." + STEP_NOTE)
    public HazardDetailDto verify(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Verify input) {
        return hazards.verify(id, input);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeHazard", summary = "Step 5, closed (销号): write it into the close-out ledger. A closed hazard never reopens." + STEP_NOTE)
    public HazardDetailDto close(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Simple input) {
        return hazards.close(id, input);
    }

    @POST
    @Path("/{id}/district-report")
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "markReportedToDistrict", summary = "Mark a major hazard as reported to the district (emergency office)." + STEP_NOTE)
    public HazardDetailDto reportToDistrict(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") HazardStepInputs.Simple input) {
        return hazards.reportToDistrict(id, input);
    }
}
