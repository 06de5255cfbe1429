package com.anjian.enforcement;

import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enforcement/monitors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD})
@Tag(name = "Enforcement monitors", description = "执法监测: first inspections with a violation left unpunished, months without a penalty"
        + " decision, plans behind schedule, rectification orders overdue; computed from the records on every request")
public class MonitorResource {

    @Inject
    MonitorService monitors;

    @GET
    @Operation(operationId = "getEnforcementMonitors", summary = "The year's enforcement monitors: town admins and leaders the town's"
            + " (optionally one office's); office heads their own office's only (another office: 403)")
    public MonitorDtos.Monitors get(@Valid @BeanParam MonitorParams query) {
        return monitors.of(query.year, query.officeUnitId);
    }
}
