package com.anjian.me;

import com.anjian.unit.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Me", description = "The caller: identity, roles and the unit and town that scope their data")
public record MeDto(
        @Schema(required = true, description = "Login (preferred_username)") String username,
        @Schema(required = true) String displayName,
        @Schema(required = true, description = "Realm roles that matter to Anjian") List<String> roles,
        @Schema(required = true, description = "False when no person or API client is linked to this login yet") boolean linked,
        @Schema(required = true, nullable = true) PersonRef person,
        @Schema(required = true, nullable = true) UnitRef unit,
        @Schema(required = true, nullable = true) TownRef town) {

    @Schema(name = "MePerson")
    public record PersonRef(@Schema(required = true) long id, @Schema(required = true) String name,
                            @Schema(required = true, nullable = true) String position) {
    }

    @Schema(name = "UnitRef")
    public record UnitRef(@Schema(required = true) long id, @Schema(required = true) String name,
                          @Schema(required = true) UnitKind kind) {
    }

    @Schema(name = "TownRef")
    public record TownRef(@Schema(required = true) long id, @Schema(required = true) String code,
                          @Schema(required = true) String name) {
    }
}
