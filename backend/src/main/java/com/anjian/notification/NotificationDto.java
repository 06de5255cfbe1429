package com.anjian.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Notification", description = "An in-app notification, in the caller's language")
public record NotificationDto(
        @Schema(required = true) long id,
        @Schema(required = true) Notification.Kind kind,
        @Schema(required = true) Notification.Severity severity,
        @Schema(required = true) String title,
        @Schema(required = true) String message,
        @Schema(required = true, nullable = true, description = "The hazard it is about, if any") Long hazardId,
        @Schema(required = true, nullable = true, description = "For a ledger notification: the ledger's unit") Long ledgerUnitId,
        @Schema(required = true, nullable = true, description = "For a ledger notification: the ledger's month, YYYY-MM") String ledgerPeriod,
        @Schema(required = true) boolean read,
        @Schema(required = true) Instant createdAt) {
}
