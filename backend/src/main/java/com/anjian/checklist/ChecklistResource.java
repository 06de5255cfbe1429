package com.anjian.checklist;

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

@Path("/api/v1/checklists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Checklists", description = "Checklists (检查表) by sector, in numbered versions that inspections keep")
public class ChecklistResource {

    private static final String KEEPERS = " Town admins keep any checklist; an office head those its own office keeps in a sector"
            + " over which the office holds enforcement powers.";

    @Inject
    ChecklistService checklists;

    @GET
    @Operation(operationId = "listChecklists", summary = "The town's checklists (every person of the town reads them)")
    public ChecklistDtos.Page list(@Valid @BeanParam ChecklistFilter filter, @Valid @BeanParam PageParams paging) {
        return checklists.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getChecklist", summary = "A checklist with the items of its current version")
    public ChecklistDtos.Detail get(@PathParam("id") long id) {
        return checklists.detail(id);
    }

    @GET
    @Path("/{id}/versions/{no}")
    @Operation(operationId = "getChecklistVersion", summary = "A checklist with the items of one of its versions, as written then")
    public ChecklistDtos.Detail version(@PathParam("id") long id, @PathParam("no") int no) {
        return checklists.version(id, no);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "createChecklist", summary = "Write a checklist (its version 1)." + KEEPERS)
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChecklistDtos.Detail.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") ChecklistDtos.Input input, @Context UriInfo uri) {
        ChecklistDtos.Detail created = checklists.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "updateChecklist", summary = "Edit a checklist: its items become its next version (earlier ones stay"
            + " as they were, for the inspections that used them). Send the version you read (409 when stale)." + KEEPERS)
    public ChecklistDtos.Detail update(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") ChecklistDtos.Input input) {
        return checklists.update(id, input);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "deactivateChecklist", summary = "Take a checklist out of use (it is never deleted)." + KEEPERS)
    public ChecklistDtos.Detail deactivate(@PathParam("id") long id,
                                           @Valid @NotNull(message = "{anjian.required}") ChecklistDtos.Activation input) {
        return checklists.setActive(id, input.version(), false);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "activateChecklist", summary = "Put a deactivated checklist back in use." + KEEPERS)
    public ChecklistDtos.Detail activate(@PathParam("id") long id,
                                         @Valid @NotNull(message = "{anjian.required}") ChecklistDtos.Activation input) {
        return checklists.setActive(id, input.version(), true);
    }
}
