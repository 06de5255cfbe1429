package com.anjian.person;

import com.anjian.common.audit.AuditPage;
import com.anjian.common.error.ProblemException;
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

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People of the units, and the accounts linked to them")
public class PersonResource {

    @Inject
    PersonService people;

    @GET
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "listPeople", summary = "People the caller may see: the town, or the caller's own unit")
    public PersonPage list(@Valid @BeanParam PersonFilter filter, @Valid @BeanParam PageParams paging) {
        return people.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getPerson", summary = "One person the caller may see")
    public PersonDto get(@PathParam("id") long id) {
        return people.find(id).orElseThrow(() -> ProblemException.notFound("entity.person", id));
    }

    @POST
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "createPerson", summary = "Add a person to a unit (town admins)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new person", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDto.class)))
    public Response create(@Valid @NotNull(message = "{anjian.required}") PersonInput input, @Context UriInfo uri) {
        PersonDto created = people.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "updatePerson", summary = "Replace a person's fields (town admins); send the version you read")
    public PersonDto update(@PathParam("id") long id, @Valid @NotNull(message = "{anjian.required}") PersonInput input) {
        return people.update(id, input);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.TOWN_ADMIN)
    @Operation(operationId = "personHistory", summary = "Who changed the person, when and what (town admins)")
    public AuditPage history(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        return people.history(id, paging);
    }
}
