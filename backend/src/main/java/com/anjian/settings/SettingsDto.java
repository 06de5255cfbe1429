package com.anjian.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Settings", description = "The rules the server applies, so a client can follow them before sending")
public record SettingsDto(
        @Schema(required = true, examples = "Asia/Shanghai", description = "Time zone in which dates and deadlines are reckoned") String timeZone,
        @Schema(required = true, description = "Today in that time zone") LocalDate today,
        @Schema(required = true, description = "A month's ledger is due by this day of the following month") int ledgerDueDay,
        @Schema(required = true) long maxPhotoBytes,
        @Schema(required = true) long maxDocumentBytes,
        @Schema(required = true) long maxExcelBytes,
        @Schema(required = true) int maxExcelRows) {
}
