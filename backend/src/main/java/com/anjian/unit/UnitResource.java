package com.anjian.unit;

import com.anjian.common.audit.AuditPage;
import com.anjian.common.error.ProblemException;
import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Roles;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Supervised units: offices, villages, enterprises, district units")
public class UnitResource {

    @Inject
    UnitService units;

    @GET
    @Operation(operationId = "listUnits", summary = "Units of the caller's town")
    public UnitPage list(@Valid @BeanParam UnitFilter filter, @Valid @BeanParam PageParams paging) {
        return units.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "One unit of the caller's town")
    public UnitDto get(@PathParam("id") long id) {
        return units.find(id).orElseThrow(() -> ProblemException.notFound("entity.unit", id));
    }

    @POST
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit (town admins)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new unit", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDto.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") UnitInput input, @Context UriInfo uri) {
        UnitDto created = units.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "updateUnit", summary = "Replace a unit's fields (town admins); send the version you read")
    public UnitDto update(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") UnitInput input) {
        return units.update(id, input);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "unitHistory", summary = "Who changed the unit, when and what (town admins)")
    public AuditPage history(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        return units.history(id, paging);
    }
}
