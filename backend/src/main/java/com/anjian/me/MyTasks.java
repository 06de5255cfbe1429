package com.anjian.me;

import com.anjian.hazard.HazardStatus;
import com.anjian.ledger.LedgerState;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MyTasks", description = "What needs the caller today: hazards to act on, with the list filter that shows them, and ledgers")
public record MyTasks(
        @Schema(required = true, description = "Only the tasks the caller's role can act on, each with its count (also when 0)") List<HazardTask> hazards,
        @Schema(required = true, nullable = true, description = "The caller's own unit's ledger that needs it next; null for roles without an own ledger") OwnLedgerTask ledger,
        @Schema(required = true, nullable = true, description = "Town admins: ledgers submitted and neither accepted nor returned yet") Integer ledgersToReview,
        @Schema(required = true, nullable = true, description = "Town-wide roles: units whose ledger of the last month already due is missing") Integer ledgersMissing) {

    @Schema(name = "HazardTaskKey")
    public enum Key { TO_REGISTER, TO_ORDER, TO_RECTIFY, TO_VERIFY, TO_CLOSE, OVERDUE, AWAITS_DISTRICT_REPORT }

    @Schema(name = "HazardTask", description = "A kind of hazard work waiting for the caller")
    public record HazardTask(
            @Schema(required = true) Key key,
            @Schema(required = true, description = "Equals the total of GET /api/v1/hazards with the filter") long count,
            @Schema(required = true) Filter filter) {
    }

    /** The query of the hazard list that shows exactly the task's hazards; absent fields are not part of it. */
    @Schema(name = "HazardTaskFilter", description = "Query parameters of GET /api/v1/hazards that list the task's hazards")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filter(
            HazardStatus status,
            Long responsibleUnitId,
            Boolean overdue,
            Boolean awaitsDistrictReport) {
    }

    @Schema(name = "OwnLedgerTask", description = "The caller's unit's monthly ledger that needs it next: a returned one first, else the month now being filed")
    public record OwnLedgerTask(
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true, examples = "2026-11") String period,
            @Schema(required = true) LedgerState state,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true, description = "Past the due day and not submitted") boolean overdue,
            @Schema(required = true, nullable = true, description = "Why the emergency office returned it, while returned") String returnedReason) {
    }
}
