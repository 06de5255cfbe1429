package com.anjian.attachment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Attachment", description = "A photo or document; fetch its bytes from contentUrl with the bearer token")
public record AttachmentDto(
        @Schema(required = true) long id,
        @Schema(required = true) String filename,
        @Schema(required = true, description = "Detected from the bytes, not the file name") String contentType,
        @Schema(required = true) boolean photo,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true, nullable = true) Integer width,
        @Schema(required = true, nullable = true) Integer height,
        @Schema(required = true) String contentUrl,
        @Schema(required = true, nullable = true, description = "Small JPEG preview of a photo, when one could be made") String thumbnailUrl,
        @Schema(required = true) String uploadedBy,
        @Schema(required = true) Instant uploadedAt) {

    public static AttachmentDto of(Attachment a) {
        String base = "/api/v1/attachments/" + a.id;
        return new AttachmentDto(a.id, a.filename, a.contentType, a.kind.isPhoto(), a.sizeBytes, a.width, a.height,
                base + "/content", a.thumbnailKey == null ? null : base + "/thumbnail", a.uploadedBy, a.uploadedAt);
    }
}
