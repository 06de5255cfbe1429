package com.anjian.attachment;

import com.anjian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/attachments")
@Tag(name = "Attachments", description = "Photos and documents: upload first, then pass their ids to a hazard step")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "uploadAttachment",
            summary = "Upload a photo (JPEG, PNG, GIF, WebP, HEIC; 15 MB) or document (PDF, DOCX, XLSX; 20 MB)")
    @APIResponse(responseCode = "201", description = "Stored; visible only to you until a hazard step uses it, and removed after a day (anjian.storage.unbound-expiry) if none does",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentDto.class)))
    @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    public Response upload(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        if (file == null) {
            throw com.anjian.common.error.ProblemException.invalid("file", "anjian.required");
        }
        AttachmentDto stored = attachments.upload(file.uploadedFile(), file.fileName());
        return Response.status(Response.Status.CREATED).entity(stored)
                .location(java.net.URI.create(stored.contentUrl())).build();
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getAttachmentContent", summary = "The file, if you may see the record it belongs to")
    @APIResponse(responseCode = "200", description = "The bytes, with the type detected at upload",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("id") long id) {
        AttachmentService.Download file = attachments.content(id);
        return Response.ok(file.body(), file.contentType())
                .header("Content-Disposition", (file.inline() ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @GET
    @Path("/{id}/thumbnail")
    @Produces("image/jpeg")
    @RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
    @Operation(operationId = "getAttachmentThumbnail", summary = "A small JPEG preview of a photo")
    @APIResponse(responseCode = "200", description = "JPEG",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response thumbnail(@PathParam("id") long id) {
        AttachmentService.Download file = attachments.thumbnail(id);
        return Response.ok(file.body(), file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
