package com.anjian.attachment;

/** What an uploaded file turned out to be, judged from its bytes, never from its name. */
public enum FileKind {
    JPEG("image/jpeg", true, true),
    PNG("image/png", true, true),
    GIF("image/gif", true, true),
    WEBP("image/webp", true, false),
    HEIC("image/heic", true, false),
    PDF("application/pdf", false, false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, false);

    private final String contentType;
    private final boolean photo;
    private final boolean thumbnailable;

    FileKind(String contentType, boolean photo, boolean thumbnailable) {
        this.contentType = contentType;
        this.photo = photo;
        this.thumbnailable = thumbnailable;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isPhoto() {
        return photo;
    }

    /** Java's image I/O can decode it to make a thumbnail. */
    public boolean isThumbnailable() {
        return thumbnailable;
    }
}
