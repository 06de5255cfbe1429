package com.anjian.unit;

import com.anjian.common.validation.IsoMonth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The editable fields of a unit, for create and update. */
@Schema(name = "UnitInput")
public record UnitInput(
        @NotNull(message = "{anjian.required}") @Schema(required = true) UnitKind kind,
        @Size(max = 18, message = "{anjian.size.max}") @Schema(nullable = true, description = "Required for villages, communities, enterprises and institutions") String code,
        @NotBlank(message = "{anjian.required}") @Size(max = 100, message = "{anjian.size.max}") @Schema(required = true, maxLength = 100) String name,
        @Schema(defaultValue = "false") Boolean enforcementPowers,
        @Size(max = 30, message = "{anjian.size.items}") List<@NotBlank(message = "{anjian.required}") String> sectors,
        @Schema(defaultValue = "true") Boolean active,
        @IsoMonth @Size(max = 7, message = "{anjian.size.max}")
        @Schema(nullable = true, maxLength = 7, pattern = "^\\d{4}-\\d{2}$", examples = "2026-01", description = "YYYY-MM, not after the current month:"
                + " the first month whose monthly ledger the unit owes. On create it defaults to the current month; on update, left out,"
                + " it stays as it was") String ledgersDueFrom,
        @Size(max = 20, message = "{anjian.size.max}")
        @Schema(nullable = true, maxLength = 20, examples = "东溪经发", description = "What the numbers of the unit's official documents start"
                + " with: letters and digits only. Left out or null it stays as it was (on create: none); an empty string removes it,"
                + " and the numbers then start with the town's and the unit's short names") String documentPrefix,
        @Schema(description = "Required on update: the version last read") Long version) {
}
