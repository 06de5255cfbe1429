package com.anjian.me;

import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    private static final List<String> KNOWN_ROLES =
            List.of(Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER, Roles.INTEGRATION);

    @Inject
    CurrentUser currentUser;

    @Inject
    MyTasksService tasks;

    @GET
    @Operation(operationId = "getMe", summary = "The caller's identity, roles, unit and town")
    public MeDto me() {
        Caller caller = currentUser.get();
        return new MeDto(
                caller.username(),
                caller.displayName(),
                KNOWN_ROLES.stream().filter(caller::is).toList(),
                caller.isLinked(),
                caller.personId() == null ? null : new MeDto.PersonRef(caller.personId(), caller.personName(), caller.position()),
                caller.unitId() == null ? null : new MeDto.UnitRef(caller.unitId(), caller.unitName(), caller.unitKind()),
                caller.townId() == null ? null : new MeDto.TownRef(caller.townId(), caller.townCode(), caller.townName()));
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getMyTasks", summary = "What needs you today: hazards to act on (each count with the list filter that shows them) and ledgers due, returned, to review or missing")
    public MyTasks tasks() {
        return tasks.mine();
    }
}
