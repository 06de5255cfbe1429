package com.anjian.hazard;

import com.anjian.common.validation.Deadline;
import com.anjian.common.validation.PastOrToday;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the steps after reporting. Each carries the version read (409 when stale). */
public final class HazardStepInputs {

    private HazardStepInputs() {
    }

    /** Step 2, 登记: grade it and settle the 五落实. */
    @Schema(name = "RegisterInput")
    public record Register(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @Schema(required = true) HazardGrade grade,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "Unit responsible for rectification") Long responsibleUnitId,
            @NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") @Schema(required = true) String responsiblePerson,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true) String measures,
            @NotNull(message = "{anjian.required}") @DecimalMin(value = "0", message = "{anjian.not-negative}")
            @Digits(integer = 12, fraction = 2, message = "{anjian.money}") @Schema(required = true, description = "Funds in yuan") BigDecimal funds,
            @NotNull(message = "{anjian.required}") @Deadline @Schema(required = true, description = "YYYY-MM-DD, today or later") LocalDate deadline,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true) String contingencyPlan,
            @Size(max = 20000, message = "{anjian.size.max}") @Schema(nullable = true, description = "Required for a major hazard") String treatmentPlan,
            @Size(max = 2000, message = "{anjian.size.max}") @Schema(nullable = true) String note) {
    }

    /** Step 3 begins, 整改指令: the order to rectify within a time limit. */
    @Schema(name = "OrderInput")
    public record Order(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true) String content,
            @NotNull(message = "{anjian.required}") @Deadline @Schema(required = true, description = "YYYY-MM-DD, today or later") LocalDate deadline,
            @Size(max = 20, message = "{anjian.size.items}") List<Long> attachmentIds) {
    }

    /** A progress note while rectifying. */
    @Schema(name = "ProgressInput")
    public record Progress(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 2000, message = "{anjian.size.max}") @Schema(required = true) String note,
            @Size(max = 20, message = "{anjian.size.items}") List<Long> attachmentIds) {
    }

    /** The rectifier reports the work done, with its date and photos. */
    @Schema(name = "CompleteInput")
    public record Complete(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @PastOrToday @Schema(required = true, description = "YYYY-MM-DD, not in the future") LocalDate completedOn,
            @Size(max = 2000, message = "{anjian.size.max}") @Schema(nullable = true) String note,
            @Size(max = 20, message = "{anjian.size.items}") List<Long> attachmentIds) {
    }

    /** Step 4, 验收: by someone other than the rectifier; passing needs photo evidence, failing a reason. */
    @Schema(name = "VerifyInput")
    public record Verify(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @Schema(required = true) Boolean passed,
            @PastOrToday @Schema(nullable = true, description = "YYYY-MM-DD, not in the future; defaults to today") LocalDate verifiedOn,
            @Size(max = 2000, message = "{anjian.size.max}") @Schema(nullable = true, description = "Required when it fails") String note,
            @Size(max = 20, message = "{anjian.size.items}") @Schema(description = "Photos; at least one when it passes") List<Long> attachmentIds) {
    }

    /** Step 5, 销号, or marking a major hazard reported to the district. */
    @Schema(name = "StepInput")
    public record Simple(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @Size(max = 2000, message = "{anjian.size.max}") @Schema(nullable = true) String note) {
    }
}
