package com.anjian.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonInput")
public record PersonInput(
        @NotNull(message = "{anjian.required}") @Schema(required = true) Long unitId,
        @NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") @Schema(required = true, maxLength = 50) String name,
        @Size(max = 50, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 50) String position,
        @Size(max = 20, message = "{anjian.size.max}") @Pattern(regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$", message = "{anjian.phone}")
        @Schema(nullable = true, description = "Mobile (11 digits) or landline with area code") String phone,
        @Size(max = 100, message = "{anjian.size.max}") @Pattern(regexp = "^[A-Za-z0-9._@-]{2,100}$", message = "{anjian.login}")
        @Schema(nullable = true, description = "Keycloak username to link") String login,
        @Schema(defaultValue = "true") Boolean active,
        @Schema(description = "Required on update: the version last read") Long version) {
}
