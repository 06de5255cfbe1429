package com.anjian.notification;

import com.anjian.common.error.ProblemResponses;
import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Notifications", description = "In-app notifications: overdue hazards, assignments, returned ledgers")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "Your notifications, newest first, with the unread count")
    public NotificationPage list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly, @Valid @BeanParam PageParams paging,
                                 @Context HttpHeaders headers) {
        return notifications.mine(unreadOnly, paging, ProblemResponses.locale(headers));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Marked")
    public void markRead(@PathParam("id") long id) {
        notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all your notifications read")
    public ReadAllResult markAllRead() {
        return new ReadAllResult(notifications.markAllRead());
    }

    @Schema(name = "ReadAllResult")
    public record ReadAllResult(@Schema(required = true, description = "How many were unread") int marked) {
    }
}
