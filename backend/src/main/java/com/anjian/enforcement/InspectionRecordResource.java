package com.anjian.enforcement;

import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An inspection's 现场检查记录 as .docx. It lives beside the cases because its number is the one the case
 * opened from the inspection gave it (an inspection without a case is named by its serial).
 */
@Path("/api/v1/inspections/{id}/record.docx")
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Inspections")
public class InspectionRecordResource {

    @Inject
    CaseDocuments documents;

    @GET
    @Produces(EnforcementCaseResource.DOCX)
    @Operation(operationId = "downloadInspectionRecord", summary = "The inspection's on-site record (现场检查记录) as .docx, readable"
            + " like the inspection; numbered by the case opened from it, else by the inspection's serial")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = EnforcementCaseResource.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response record(@PathParam("id") long id) {
        return EnforcementCaseResource.docx(documents.ofInspection(id));
    }
}
