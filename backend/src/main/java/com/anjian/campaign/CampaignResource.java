package com.anjian.campaign;

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

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Campaigns", description = "Special campaigns (专项整治行动) with their figures, computed from the records behind them")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @GET
    @Operation(operationId = "listCampaigns", summary = "The town's special campaigns with their figures")
    public CampaignDtos.Page list(@Valid @BeanParam CampaignFilter filter, @Valid @BeanParam PageParams paging) {
        return campaigns.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "A special campaign with the units taking part and its figures")
    public CampaignDtos.Detail get(@PathParam("id") long id) {
        return campaigns.detail(id);
    }

    @POST
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "createCampaign", summary = "Start a special campaign (town admins; an office head one its office leads)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDtos.Detail.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") CampaignDtos.Input input, @Context UriInfo uri) {
        CampaignDtos.Detail created = campaigns.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD})
    @Operation(operationId = "updateCampaign", summary = "Change a special campaign (town admins; the leading office's head). Send the version you read.")
    public CampaignDtos.Detail update(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") CampaignDtos.Input input) {
        return campaigns.update(id, input);
    }
}
