package com.anjian.inspection;

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

@Path("/api/v1/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD})
@Tag(name = "Inspection plans", description = "Offices' annual and monthly inspection plans (检查计划) and how they were carried out")
public class InspectionPlanResource {

    private static final String PLANNERS = " Town admins plan for any office, an office head for its own.";

    @Inject
    InspectionPlanService plans;

    @GET
    @Operation(operationId = "listInspectionPlans", summary = "Plans you may see (town admins and leaders: the town's; office heads: their office's),"
            + " with their execution so far")
    public InspectionPlanDtos.Page list(@Valid @BeanParam InspectionPlanFilter filter, @Valid @BeanParam PageParams paging) {
        return plans.list(filter, paging);
    }

    @GET
    @Path("/execution")
    @Operation(operationId = "planExecution", summary = "Each office's plan items of a year by month: planned, done on time, late, missed")
    public InspectionPlanDtos.Execution execution(@Valid @BeanParam PlanExecutionParams query) {
        return plans.execution(query.year, query.unitId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspectionPlan", summary = "A plan with each item's status, computed from the inspections that carried it out")
    public InspectionPlanDtos.Detail get(@PathParam("id") long id) {
        return plans.detail(id);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "createInspectionPlan", summary = "Write an office's plan of a year or a month (one of each per office)." + PLANNERS)
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionPlanDtos.Detail.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") InspectionPlanDtos.Input input, @Context UriInfo uri) {
        InspectionPlanDtos.Detail created = plans.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "updateInspectionPlan", summary = "Change a plan's title and note and add items (its office and period stay;"
            + " items are cancelled, never removed). Send the version you read." + PLANNERS)
    public InspectionPlanDtos.Detail update(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") InspectionPlanDtos.Input input) {
        return plans.update(id, input);
    }

    @POST
    @Path("/{id}/items")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "addInspectionPlanItem", summary = "Add one item to a plan." + PLANNERS)
    public InspectionPlanDtos.Detail addItem(@PathParam("id") long id,
                                             @Valid @NotNull(message = "{anjian.required}") InspectionPlanDtos.ItemInput input) {
        return plans.addItem(id, input);
    }

    @POST
    @Path("/{id}/items/{itemId}/cancel")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "cancelInspectionPlanItem", summary = "Cancel an item with the reason (it stays in the plan). Send the item's version." + PLANNERS)
    public InspectionPlanDtos.Detail cancelItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                                @Valid @NotNull(message = "{anjian.required}") InspectionPlanDtos.CancelInput input) {
        return plans.cancelItem(id, itemId, input);
    }
}
