package com.anjian.ledger;

import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The wire shapes of monthly ledgers. */
public final class LedgerDtos {

    private LedgerDtos() {
    }

    public enum LedgerAction { SUBMIT, RETURN, ACCEPT, IMPORT }

    @Schema(name = "LedgerLine", description = "One line of the ledger, in the paper ledger's columns")
    public record Line(
            @Schema(required = true) int lineNo,
            @Schema(required = true) long hazardId,
            @Schema(required = true) String hazardSerial,
            @Schema(required = true, description = "The unit where the hazard is") String unitName,
            @Schema(required = true) HazardState state,
            @Schema(required = true) LocalDate foundOn,
            @Schema(required = true) String place,
            @Schema(required = true) String description,
            @Schema(required = true) CauseCategory causeCategory,
            @Schema(required = true) HazardGrade grade,
            @Schema(required = true, nullable = true) String measures,
            @Schema(required = true, nullable = true) String responsiblePerson,
            @Schema(required = true, nullable = true) LocalDate deadline,
            @Schema(required = true, nullable = true) BigDecimal funds,
            @Schema(required = true, nullable = true) LocalDate completedOn,
            @Schema(required = true, nullable = true) String reviewer,
            @Schema(required = true, nullable = true) LocalDate reviewedOn,
            @Schema(required = true, nullable = true) LocalDate closedOn,
            @Schema(required = true, nullable = true) String remarks) {
    }

    @Schema(name = "MonthlyLedger", description = "A unit's monthly hazard ledger: live while a draft or returned, as submitted afterwards")
    public record Ledger(
            @Schema(required = true, nullable = true, description = "Null until first imported into or submitted") Long id,
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true, examples = "2026-11") String period,
            @Schema(required = true) LedgerState state,
            @Schema(required = true, description = "Whether the unit owes this month's ledger (not before its ledgersDueFrom);"
                    + " a month it does not owe lists nothing and takes no submission") boolean required,
            @Schema(required = true, description = "The shown submission's explicit nil return") boolean nilReturn,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true, description = "Owed, past the due day and not submitted") boolean overdue,
            @Schema(required = true, nullable = true, description = "The submission shown (the latest, 1, 2, …); null before the first."
                    + " While RETURNED the lines are live for correction and the returned version is at …/submissions/{no}") Integer submissionNo,
            @Schema(required = true, nullable = true, description = "When the shown submission was made") Instant submittedAt,
            @Schema(required = true, nullable = true) String submittedBy,
            @Schema(required = true, nullable = true, description = "Whether the first submission came after the due day") Boolean late,
            @Schema(required = true, nullable = true, description = "Why it was returned: only while RETURNED") String returnedReason,
            @Schema(required = true, nullable = true, description = "Only while RETURNED") Instant returnedAt,
            @Schema(required = true, nullable = true, description = "Only once ACCEPTED") Instant acceptedAt,
            @Schema(required = true, nullable = true, description = "The shown submission's note") String note,
            @Schema(required = true, description = "0 before the ledger exists; send it back with each action") long version,
            @Schema(required = true, description = "True when the lines are the submitted snapshot, false when live") boolean snapshot,
            @Schema(required = true) List<Line> lines,
            @Schema(required = true, description = "Everything that happened to the ledger, oldest first") List<Event> history,
            @Schema(required = true, description = "What the caller may do now") Set<LedgerAction> allowedActions) {
    }

    @Schema(name = "LedgerEvent", description = "One step in a ledger's history")
    public record Event(
            @Schema(required = true) LedgerAction action,
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true, description = "Login; null only for steps recorded before names were kept") String actor,
            @Schema(required = true, nullable = true) String actorName,
            @Schema(required = true, nullable = true, description = "The version submitted, returned or accepted; null for an import") Integer submissionNo,
            @Schema(required = true, nullable = true, description = "Return: the reason; submission: its note; import: the file name") String text,
            @Schema(required = true, nullable = true, description = "Import: the hazards it created") Integer rows) {
    }

    @Schema(name = "LedgerSubmission", description = "One submitted version of a ledger, as it was submitted, and what became of it")
    public record Submission(
            @Schema(required = true, description = "1, 2, … in the order submitted") int no,
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true, examples = "2026-11") String period,
            @Schema(required = true) Instant submittedAt,
            @Schema(required = true, nullable = true, description = "Null only for a version recorded before submitters were kept") String submittedBy,
            @Schema(required = true, nullable = true) String submittedByName,
            @Schema(required = true, description = "This submission came after the due day") boolean late,
            @Schema(required = true) boolean nilReturn,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, nullable = true) Instant returnedAt,
            @Schema(required = true, nullable = true) String returnedBy,
            @Schema(required = true, nullable = true) String returnedByName,
            @Schema(required = true, nullable = true) String returnedReason,
            @Schema(required = true, nullable = true) Instant acceptedAt,
            @Schema(required = true, nullable = true) String acceptedBy,
            @Schema(required = true, nullable = true) String acceptedByName,
            @Schema(required = true) List<Line> lines) {
    }

    @Schema(name = "LedgerImportRecord", description = "One accepted Excel upload into a ledger")
    public record ImportRecord(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The uploaded file's name, without its folder and control characters") String filename,
            @Schema(required = true) Instant importedAt,
            @Schema(required = true) String importedBy,
            @Schema(required = true) String importedByName,
            @Schema(required = true, description = "Rows in the file") int rowsTotal,
            @Schema(required = true, description = "Hazards it created (rows imported before are skipped)") int rowsCreated) {
    }

    @Schema(name = "LedgerSubmitInput")
    public record Submit(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The version you read (0 for a ledger never submitted)") Long version,
            @Schema(description = "An explicit nil return (无隐患): allowed only when there are no lines") boolean nilReturn,
            @Size(max = 500, message = "{anjian.size.max}") @Schema(nullable = true) String note) {
    }

    @Schema(name = "LedgerReturnInput")
    public record Return(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true) String reason) {
    }

    @Schema(name = "LedgerAcceptInput")
    public record Accept(@NotNull(message = "{anjian.required}") @Schema(required = true) Long version) {
    }

    @Schema(name = "LedgerImportResult", description = "What an Excel upload did")
    public record ImportResult(
            @Schema(required = true) int rowsTotal,
            @Schema(required = true, description = "Hazards created") int created,
            @Schema(required = true, description = "Rows already imported before (same unit, date, place, description)") int alreadyImported) {
    }

    public enum CellState { NOT_REQUIRED, PENDING, MISSING, DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    @Schema(name = "LedgerBoardCell")
    public record BoardCell(
            @Schema(required = true) String period,
            @Schema(required = true, description = "NOT_REQUIRED: before the unit's ledgersDueFrom (not counted);"
                    + " PENDING: not yet due; MISSING: past due, not submitted") CellState state,
            @Schema(required = true, nullable = true) Boolean late,
            @Schema(required = true, nullable = true) Instant submittedAt,
            @Schema(required = true) LocalDate dueOn) {
    }

    @Schema(name = "LedgerBoardRow")
    public record BoardRow(
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true) com.anjian.unit.UnitKind unitKind,
            @Schema(required = true) List<BoardCell> cells,
            @Schema(required = true) int late,
            @Schema(required = true, description = "Months owed, past due and not submitted") int missing) {
    }

    @Schema(name = "LedgerBoardMonth")
    public record BoardMonth(
            @Schema(required = true) String period,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true, description = "Submitted, returned or accepted") int submitted,
            @Schema(required = true) int late,
            @Schema(required = true) int missing,
            @Schema(required = true) int accepted) {
    }

    @Schema(name = "LedgerBoard", description = "Units by months: each return's state, the late and missing ones counted")
    public record Board(
            @Schema(required = true) List<BoardMonth> months,
            @Schema(required = true) List<BoardRow> rows) {
    }
}
