package com.anjian.checklist;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import com.anjian.common.validation.SectorCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The wire shapes of checklists. */
public final class ChecklistDtos {

    private ChecklistDtos() {
    }

    @Schema(name = "ChecklistSummary", description = "A checklist as lists show it")
    public record Summary(
            @Schema(required = true) long id,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true, description = "Null: the emergency office's") Long ownerUnitId,
            @Schema(required = true, nullable = true) String ownerUnitName,
            @Schema(required = true) int currentVersionNo,
            @Schema(required = true, description = "Items of the current version") long itemCount,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "Checklist", description = "A checklist with the items of one version (the current one unless asked for another)")
    public record Detail(
            @Schema(required = true) long id,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true, description = "Null: the emergency office's") Long ownerUnitId,
            @Schema(required = true, nullable = true) String ownerUnitName,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "The checklist's version for optimistic locking (send it back to edit)") long version,
            @Schema(required = true) int currentVersionNo,
            @Schema(required = true, description = "The number of the version whose items these are") int versionNo,
            @Schema(required = true) List<Item> items) {
    }

    @Schema(name = "ChecklistItem")
    public record Item(
            @Schema(required = true, description = "1, 2, … in the order written") int no,
            @Schema(required = true) String text,
            @Schema(required = true, description = "The clause it checks, e.g. 《中华人民共和国安全生产法》第四十一条") String legalBasis,
            @Schema(required = true, description = "A failure is a violation of law (违法行为), not only a hazard") boolean violation) {
    }

    @Schema(name = "ChecklistItemInput")
    public record ItemInput(
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String text,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String legalBasis,
            @NotNull(message = "{anjian.required}") @Schema(required = true) Boolean violation) {
    }

    @Schema(name = "ChecklistInput", description = "A checklist as written; every save of its items makes a new version")
    public record Input(
            @NotBlank(message = "{anjian.required}") @Size(max = 40, message = "{anjian.size.max}") @SectorCode
            @Schema(required = true, maxLength = 40, description = "Sector code, exactly as GET /api/v1/sectors lists it") String sectorCode,
            @NotBlank(message = "{anjian.required}") @Size(max = 100, message = "{anjian.size.max}") @Schema(required = true, maxLength = 100) String title,
            @Schema(nullable = true, description = "The office that keeps it; null: the emergency office's") Long ownerUnitId,
            @NotNull(message = "{anjian.required}") @Size(min = 1, max = 200, message = "{anjian.size.items-range}")
            @Schema(required = true, description = "1 to 200 items, numbered in this order") List<@NotNull(message = "{anjian.required}") @Valid ItemInput> items,
            @Schema(description = "Required on update: the version last read") Long version) {
    }

    @Schema(name = "ActivationInput")
    public record Activation(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The version last read") Long version) {
    }

    @Schema(name = "ChecklistPage")
    public static class Page extends PageResult<Summary> {
        public Page() {
        }

        public Page(List<Summary> items, PageParams params, long total) {
            super(items, params, total);
        }
    }
}
