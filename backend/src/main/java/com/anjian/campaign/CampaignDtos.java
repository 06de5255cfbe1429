package com.anjian.campaign;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The wire shapes of special campaigns. */
public final class CampaignDtos {

    private CampaignDtos() {
    }

    @Schema(name = "CampaignFigures", description = "What the campaign did, computed from its records whenever read (never stored)."
            + " violationsPenalised and fines come from the enforcement cases opened from its inspections: a case is penalised when a"
            + " penalty was decided and it was not withdrawn, as the enforcement ledger counts it.")
    public record Figures(
            @Schema(required = true, description = "Persons dispatched: the inspectors of its inspections added up") long personsDispatched,
            @Schema(required = true) long inspections,
            @Schema(required = true, description = "Hazards registered from its inspections' failed items") long hazardsFound,
            @Schema(required = true) long hazardsClosed,
            @Schema(required = true, description = "Its enforcement cases with a penalty decided, not withdrawn (处罚件数)") long violationsPenalised,
            @Schema(required = true, description = "The fines of those cases in yuan, as a decimal string", examples = "10600.00") String finesYuan,
            @Schema(required = true, description = "The fines in 万元, as reports write them", examples = "1.06万元") String finesWan,
            @Schema(required = true, description = "false when no inspection is linked to it (shown as 未保存整治记录)") boolean recordsKept) {
    }

    @Schema(name = "CampaignSummary")
    public record Summary(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) LocalDate startsOn,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true) long leadingUnitId,
            @Schema(required = true) String leadingUnitName,
            @Schema(required = true) Figures figures) {
    }

    @Schema(name = "CampaignUnit")
    public record UnitRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "Campaign")
    public record Detail(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) LocalDate startsOn,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true) long leadingUnitId,
            @Schema(required = true) String leadingUnitName,
            @Schema(required = true, nullable = true) String goal,
            @Schema(required = true) List<UnitRef> participatingUnits,
            @Schema(required = true) long version,
            @Schema(required = true) Figures figures) {
    }

    @Schema(name = "CampaignInput")
    public record Input(
            @NotBlank(message = "{anjian.required}") @Size(max = 100, message = "{anjian.size.max}") @Schema(required = true, maxLength = 100) String title,
            @NotBlank(message = "{anjian.required}") @Size(max = 40, message = "{anjian.size.max}") @SectorCode
            @Schema(required = true, maxLength = 40, description = "Sector code, exactly as GET /api/v1/sectors lists it") String sectorCode,
            @NotNull(message = "{anjian.required}") @Schema(required = true) LocalDate startsOn,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "Not before startsOn") LocalDate endsOn,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The leading office (an office head: their own)") Long leadingUnitId,
            @Size(max = 5000, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 5000) String goal,
            @Size(max = 100, message = "{anjian.size.items}") @Schema(description = "Units taking part")
            List<@NotNull(message = "{anjian.required}") Long> participatingUnitIds,
            @Schema(description = "Required on update: the version last read") Long version) {
    }

    @Schema(name = "CampaignPage")
    public static class Page extends PageResult<Summary> {
        public Page() {
        }

        public Page(List<Summary> items, PageParams params, long total) {
            super(items, params, total);
        }
    }
}
