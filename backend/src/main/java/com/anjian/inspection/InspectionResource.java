package com.anjian.inspection;

import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Roles;
import com.anjian.hazard.HazardDetailDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Inspections", description = "On-site inspections (检查) against a checklist, item by item; a failed item may become a hazard")
public class InspectionResource {

    private static final String WRITERS = " Town admins, and the head of the inspecting office.";

    @Inject
    InspectionService inspections;

    @GET
    @Operation(operationId = "listInspections", summary = "Inspections you may see: town admins and leaders the town's; office heads"
            + " those their office made or that were made of it; village officers those of their own unit")
    public InspectionDtos.Page list(@Valid @BeanParam InspectionFilter filter, @Valid @BeanParam PageParams paging) {
        return inspections.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspection", summary = "An inspection with every item's result, in the words of the checklist version it used")
    public InspectionDtos.Detail get(@PathParam("id") long id) {
        return inspections.detail(id);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "createInspection", summary = "Start an inspection (an office head in the name of their own office)"
            + " against the current version of an active checklist: one empty result per item")
    @APIResponse(responseCode = "201", description = "Started",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionDtos.Detail.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") InspectionDtos.Input input, @Context UriInfo uri) {
        InspectionDtos.Detail created = inspections.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}/results/{itemNo}")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "recordInspectionResult", summary = "Record one item's result, with photos (item by item, on the phone)."
            + " Send the result's version (409 when stale); a finished inspection's results no longer change (409)." + WRITERS)
    public InspectionDtos.Result record(@PathParam("id") long id, @PathParam("itemNo") int itemNo,
                                        @Valid @NotNull(message = "{anjian.required}") InspectionDtos.ResultInput input) {
        return inspections.fill(id, itemNo, input);
    }

    @POST
    @Path("/{id}/finish")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "finishInspection", summary = "Finish the inspection with its conclusion; every item needs its result"
            + " (400 naming those without). Send the inspection's version." + WRITERS)
    public InspectionDtos.Detail finish(@PathParam("id") long id,
                                        @Valid @NotNull(message = "{anjian.required}") InspectionDtos.FinishInput input) {
        return inspections.finish(id, input);
    }

    @POST
    @Path("/{id}/results/{itemNo}/hazard")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "registerInspectionHazard", summary = "A failed item becomes a hazard, reported and registered in one step"
            + " (at the inspected unit, which is responsible; reported by the inspecting office; source INSPECTION), linked both"
            + " ways. Exactly one per item: a second request gets 409. Send the result's version." + WRITERS)
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HazardDetailDto.class)))
    public Response registerHazard(@PathParam("id") long id, @PathParam("itemNo") int itemNo,
                                   @Valid @NotNull(message = "{anjian.required}") InspectionDtos.HazardInput input,
                                   @Context UriInfo uri) {
        HazardDetailDto hazard = inspections.registerHazard(id, itemNo, input);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/hazards").path(String.valueOf(hazard.summary().id())).build())
                .entity(hazard).build();
    }
}
