package com.anjian.enforcement;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import com.anjian.common.validation.PastOrToday;
import com.anjian.document.DocumentKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The wire shapes of enforcement cases. */
public final class EnforcementDtos {

    private EnforcementDtos() {
    }

    @Schema(name = "EnforcementCaseSummary", description = "An enforcement case as lists show it")
    public record Summary(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The office holding enforcement powers that conducts it") long officeUnitId,
            @Schema(required = true) String officeUnitName,
            @Schema(required = true, description = "The party (当事人): the inspected unit") long partyUnitId,
            @Schema(required = true) String partyUnitName,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) CaseState state,
            @Schema(required = true) LocalDate openedOn,
            @Schema(required = true, description = "Persons dispatched (派出人次)") int personsDispatched,
            @Schema(required = true, nullable = true, description = "The fine in yuan, as notified or decided (decimal string)") BigDecimal fineAmount,
            @Schema(required = true, nullable = true, examples = "1.06万元") String finesWan,
            @Schema(required = true, description = "A penalty was decided") boolean penalised,
            @Schema(required = true, nullable = true) NoPenaltyReason noPenaltyReason,
            @Schema(required = true, nullable = true, examples = "东溪经发责改〔2026〕3号") String latestDocumentNumber,
            @Schema(required = true) long version,
            @Schema(required = true, nullable = true, description = "The campaign of the inspection the case came from") Long campaignId,
            @Schema(required = true, nullable = true) String campaignTitle,
            @Schema(required = true, examples = "JC2026-0001") String inspectionSerial,
            @Schema(required = true, nullable = true, description = "The rectification order's number", examples = "东溪经发责改〔2026〕3号") String orderNumber,
            @Schema(required = true, nullable = true) LocalDate orderDeadline,
            @Schema(required = true, nullable = true, description = "The penalty decision's number", examples = "东溪经发罚决〔2026〕1号") String decisionNumber,
            @Schema(required = true, nullable = true) LocalDate finePaidOn) {
    }

    @Schema(name = "EnforcementTotals", description = "The figures of the enforcement ledger under the list's own filters and scope:"
            + " penalised = a penalty was decided and the case not withdrawn; fines = the sum of the penalised cases' fines")
    public record Totals(
            @Schema(required = true, description = "Cases (案件数)") long cases,
            @Schema(required = true, description = "Cases not yet over (not closed, closed without penalty or withdrawn)") long open,
            @Schema(required = true, description = "Cases with a penalty decision, not withdrawn (处罚件数)") long penalised,
            @Schema(required = true, description = "Cases closed without penalty on a legal ground (不予处罚)") long noPenalty,
            @Schema(required = true, description = "Cases withdrawn (撤销)") long withdrawn,
            @Schema(required = true, description = "Persons dispatched (派出人次)") long personsDispatched,
            @Schema(required = true, description = "Fines of the penalised cases in yuan, decimal string", examples = "10600.00") String finesYuan,
            @Schema(required = true, examples = "1.06万元") String finesWan) {
    }

    @Schema(name = "EnforcementDocumentRef", description = "A document the case issued; the .docx is generated on download")
    public record DocumentRef(
            @Schema(required = true) DocumentKind kind,
            @Schema(required = true, examples = "东溪经发责改〔2026〕3号") String number,
            @Schema(required = true) LocalDate issuedOn,
            @Schema(required = true) String downloadUrl) {
    }

    @Schema(name = "EnforcementEvent", description = "One step of the case's history")
    public record HistoryEntry(
            @Schema(required = true, description = "OPEN or the step taken") String action,
            @Schema(required = true, nullable = true) CaseState fromState,
            @Schema(required = true) CaseState toState,
            @Schema(required = true) Instant at,
            @Schema(required = true) String actor,
            @Schema(required = true) String actorName,
            @Schema(required = true, nullable = true) String note) {
    }

    @Schema(name = "EnforcementCase", description = "An enforcement case with its steps, documents and history")
    public record Detail(
            @Schema(required = true) long id,
            @Schema(required = true) long officeUnitId,
            @Schema(required = true) String officeUnitName,
            @Schema(required = true) long partyUnitId,
            @Schema(required = true) String partyUnitName,
            @Schema(required = true) String sectorCode,
            @Schema(required = true) CaseState state,
            @Schema(required = true) LocalDate openedOn,
            @Schema(required = true) int personsDispatched,
            @Schema(required = true, nullable = true) BigDecimal fineAmount,
            @Schema(required = true, nullable = true) String finesWan,
            @Schema(required = true) boolean penalised,
            @Schema(required = true, nullable = true) NoPenaltyReason noPenaltyReason,
            @Schema(required = true, nullable = true) String latestDocumentNumber,
            @Schema(required = true, description = "Send it back with the next step") long version,
            @Schema(required = true) long inspectionId,
            @Schema(required = true) String inspectionSerial,
            @Schema(required = true, nullable = true) Long campaignId,
            @Schema(required = true) String facts,
            @Schema(required = true) String legalBasisViolated,
            @Schema(required = true, nullable = true) String orderContent,
            @Schema(required = true, nullable = true) LocalDate orderDeadline,
            @Schema(required = true, nullable = true) LocalDate orderedOn,
            @Schema(required = true, nullable = true) LocalDate reinspectedOn,
            @Schema(required = true, nullable = true) String reinspectionFinding,
            @Schema(required = true, nullable = true) Boolean reinspectionCorrected,
            @Schema(required = true, nullable = true) String penaltyBasis,
            @Schema(required = true, nullable = true) LocalDate penaltyNotifiedOn,
            @Schema(required = true, nullable = true) LocalDate penaltyDecidedOn,
            @Schema(required = true, nullable = true) LocalDate finePaidOn,
            @Schema(required = true, nullable = true) String fineReceiptNo,
            @Schema(required = true, nullable = true, description = "The clause of the ground (OTHER: null)") String noPenaltyLegalBasis,
            @Schema(required = true, nullable = true) String noPenaltyNote,
            @Schema(required = true, nullable = true) String withdrawnReason,
            @Schema(required = true, nullable = true) LocalDate closedOn,
            @Schema(required = true, description = "The steps this caller may take now (empty for readers)") List<CaseAction> allowedActions,
            @Schema(required = true, description = "In the order issued") List<DocumentRef> documents,
            @Schema(required = true, description = "Oldest first") List<HistoryEntry> history,
            @Schema(required = true, nullable = true) String campaignTitle,
            @Schema(required = true, nullable = true, description = "The rectification order's number") String orderNumber,
            @Schema(required = true, nullable = true, description = "The penalty decision's number") String decisionNumber) {
    }

    @Schema(name = "EnforcementCaseInput", description = "Open a case from a finished inspection that found a violation")
    public record OpenInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long inspectionId,
            @Schema(nullable = true, description = "Town admins: the office on whose behalf (required); office heads: their own, may be left out") Long officeUnitId,
            @NotBlank(message = "{anjian.required}") @Size(max = 5000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 5000) String facts,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String legalBasisViolated) {
    }

    @Schema(name = "CaseOrderInput", description = "责令限期整改")
    public record OrderInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 5000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 5000) String content,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "YYYY-MM-DD, after today") LocalDate deadline) {
    }

    @Schema(name = "CaseReinspectInput", description = "整改复查")
    public record ReinspectInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @PastOrToday @Schema(required = true, description = "YYYY-MM-DD, not in the future") LocalDate reinspectedOn,
            @NotBlank(message = "{anjian.required}") @Size(max = 5000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 5000) String finding,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "Whether the order was carried out") Boolean corrected) {
    }

    @Schema(name = "CasePenaltyNoticeInput", description = "行政处罚告知")
    public record NotifyPenaltyInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String penaltyBasis,
            @NotNull(message = "{anjian.required}") @DecimalMin(value = "0", message = "{anjian.not-negative}") @Digits(integer = 12, fraction = 2, message = "{anjian.money}")
            @Schema(required = true, description = "Yuan, at most two decimals; 0 for a warning only (警告)") BigDecimal fineAmount) {
    }

    @Schema(name = "CasePenaltyDecisionInput", description = "作出行政处罚决定")
    public record DecidePenaltyInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String penaltyBasis,
            @NotNull(message = "{anjian.required}") @DecimalMin(value = "0", message = "{anjian.not-negative}") @Digits(integer = 12, fraction = 2, message = "{anjian.money}")
            @Schema(required = true, description = "Yuan, at most two decimals; 0 for a warning only (警告): the case is then closed without a payment") BigDecimal fineAmount,
            @NotNull(message = "{anjian.required}") @PastOrToday @Schema(required = true, description = "YYYY-MM-DD, not in the future") LocalDate decidedOn) {
    }

    @Schema(name = "CasePaymentInput", description = "罚款缴纳")
    public record PaymentInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @PastOrToday @Schema(required = true) LocalDate paidOn,
            @NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") @Schema(required = true, maxLength = 50) String receiptNo) {
    }

    @Schema(name = "CaseCloseInput", description = "结案")
    public record CloseInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version) {
    }

    @Schema(name = "CaseNoPenaltyInput", description = "不予处罚结案 on a legal ground; OTHER needs a note")
    public record CloseWithoutPenaltyInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotNull(message = "{anjian.required}") @Schema(required = true) NoPenaltyReason reason,
            @Size(max = 1000, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 1000) String note) {
    }

    @Schema(name = "CaseWithdrawInput", description = "撤销, with its reason")
    public record WithdrawInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 1000) String reason) {
    }

    @Schema(name = "EnforcementCasePage")
    public static class Page extends PageResult<Summary> {
        public Page() {
        }

        public Page(List<Summary> items, PageParams params, long total) {
            super(items, params, total);
        }
    }
}
