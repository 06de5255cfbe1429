package com.anjian.enforcement;

import com.anjian.checklist.ChecklistItem;
import com.anjian.checklist.ChecklistService;
import com.anjian.common.error.ProblemException;
import com.anjian.document.DocumentKind;
import com.anjian.document.Officer;
import com.anjian.document.OnSiteInspectionRecordDocument;
import com.anjian.document.Party;
import com.anjian.document.Payment;
import com.anjian.document.Penalty;
import com.anjian.document.PenaltyDecisionDocument;
import com.anjian.document.PenaltyNoticeDocument;
import com.anjian.document.RectificationOrderDocument;
import com.anjian.document.ReinspectionOpinionDocument;
import com.anjian.document.Remedies;
import com.anjian.inspection.Inspection;
import com.anjian.inspection.InspectionResult;
import com.anjian.inspection.InspectionScope;
import com.anjian.town.Town;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official documents of a case (and an inspection's on-site record), generated from the records on
 * each download with the document classes: only numbers and dates are stored, so a document always
 * says what the case says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseDocuments {

    /** Evidence every case holds: the on-site record it was opened from. */
    private static final List<String> EVIDENCE = List.of("现场检查记录", "现场照片");

    @Inject
    EnforcementScope scope;

    @Inject
    InspectionScope inspections;

    @ConfigProperty(name = "anjian.fines.bank", defaultValue = "中国农业银行股份有限公司綦江支行")
    String fineBank;

    @ConfigProperty(name = "anjian.fines.account-name", defaultValue = "非税收入汇缴结算户")
    String fineAccountName;

    @ConfigProperty(name = "anjian.fines.account-no", defaultValue = "31-102101040000013")
    String fineAccountNo;

    /** A generated document: its number (the file's name) and bytes. */
    public record Generated(String number, byte[] docx) {
    }

    /** The case's document of this kind, if the caller sees the case and the document was issued (404 otherwise). */
    public Generated ofCase(long caseId, DocumentKind kind) {
        EnforcementCase c = scope.find(caseId).orElseThrow(() -> ProblemException.notFound("entity.enforcement-case", caseId));
        EnforcementDocument document = EnforcementDocument.<EnforcementDocument>find("enforcementCase.id = ?1 and kind = ?2",
                c.id, kind).firstResultOptional().orElseThrow(() -> ProblemException.notFound("entity.enforcement-document", kind));
        Map<DocumentKind, EnforcementDocument> issued = EnforcementCaseService.documentsOf(c.id).stream()
                .collect(Collectors.toMap(d -> d.kind, Function.identity()));
        String authority = authorityOf(c.townId);
        Party party = new Party(c.partyUnit.name, null, null, null, null);
        List<Officer> officers = officersOf(c.inspection);
        byte[] bytes = switch (kind) {
            case ON_SITE_RECORD -> onSiteRecord(c.inspection, document.number);
            case RECTIFICATION_ORDER -> RectificationOrderDocument.render(new RectificationOrderDocument.Input(document.number,
                    authority, party, List.of(new RectificationOrderDocument.Problem(c.facts + "。责令：" + c.orderContent,
                    c.legalBasisViolated)), null, c.orderDeadline, officers, document.issuedOn, Remedies.UNNAMED));
            case REINSPECTION_OPINION -> {
                EnforcementDocument order = issued.get(DocumentKind.RECTIFICATION_ORDER);
                boolean corrected = Boolean.TRUE.equals(c.reinspectionCorrected);
                yield ReinspectionOpinionDocument.render(new ReinspectionOpinionDocument.Input(document.number, authority, party,
                        order.number, order.issuedOn, c.reinspectedOn,
                        List.of(new ReinspectionOpinionDocument.Finding(c.facts, corrected, c.reinspectionFinding)),
                        corrected ? "经复查，你单位已按要求完成整改。" : "经复查，你单位未按要求完成整改，本机关将依法处理。",
                        officers, document.issuedOn));
            }
            case PENALTY_NOTICE -> PenaltyNoticeDocument.render(new PenaltyNoticeDocument.Input(document.number, authority, party,
                    c.facts, EVIDENCE, c.legalBasisViolated, c.noticePenaltyBasis,
                    penalty(c.noticeFineAmount), false, new PenaltyNoticeDocument.Contact(null, c.officeUnit.name, null),
                    document.issuedOn));
            case PENALTY_DECISION -> PenaltyDecisionDocument.render(new PenaltyDecisionDocument.Input(document.number, authority,
                    party, c.facts, EVIDENCE, c.legalBasisViolated, c.penaltyBasis, penalty(c.fineAmount),
                    c.fineAmount.signum() == 0 ? null : new Payment(fineBank, fineAccountName, fineAccountNo), Remedies.UNNAMED,
                    document.issuedOn));
        };
        return new Generated(document.number, bytes);
    }

    /** A fine, or a warning only (警告) when the fine is 0: nothing to pay, no bank account named. */
    private static Penalty penalty(java.math.BigDecimal fine) {
        return fine.signum() == 0 ? new Penalty("警告", null) : Penalty.fine(fine);
    }

    /** The inspection's on-site record, if the caller sees the inspection: numbered by the case opened from it, else by its serial. */
    public Generated ofInspection(long inspectionId) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> ProblemException.notFound("entity.inspection", inspectionId));
        Optional<EnforcementDocument> record = EnforcementDocument.<EnforcementDocument>find(
                "enforcementCase.inspection.id = ?1 and kind = ?2 order by id desc", inspection.id, DocumentKind.ON_SITE_RECORD)
                .firstResultOptional();
        String number = record.map(d -> d.number).orElse(inspection.serial);
        return new Generated(number, onSiteRecord(inspection, number));
    }

    private byte[] onSiteRecord(Inspection inspection, String number) {
        Map<Integer, ChecklistItem> items = ChecklistService.items(inspection.checklist.id, inspection.checklistVersionNo).stream()
                .collect(Collectors.toMap(i -> i.itemNo, Function.identity()));
        List<OnSiteInspectionRecordDocument.Result> results = InspectionResult.<InspectionResult>list("inspection.id",
                        Sort.by("itemNo"), inspection.id).stream()
                .map(r -> {
                    ChecklistItem item = items.get(r.itemNo);
                    return new OnSiteInspectionRecordDocument.Result(r.itemNo, item == null ? "" : item.text,
                            item == null ? null : item.legalBasis,
                            r.outcome == null ? null : OnSiteInspectionRecordDocument.Outcome.valueOf(r.outcome.name()), r.note);
                }).toList();
        LocalDateTime started = inspection.inspectedOn.atTime(LocalTime.of(9, 0));
        LocalDateTime ended = inspection.finishedAt == null ? null
                : LocalDateTime.ofInstant(inspection.finishedAt, ZoneId.of("Asia/Shanghai"));
        if (ended != null && ended.isBefore(started)) {
            started = ended;
        }
        return OnSiteInspectionRecordDocument.render(new OnSiteInspectionRecordDocument.Input(number,
                authorityOf(inspection.townId), inspection.inspectingUnit.name,
                new Party(inspection.inspectedUnit.name, null, null, null, null), inspection.onSitePerson, null,
                inspection.place, started, ended, officersOf(inspection), results, inspection.conclusion));
    }

    private static List<Officer> officersOf(Inspection inspection) {
        return inspection.inspectorNames().stream().map(name -> new Officer(name, null)).toList();
    }

    /** 东溪镇人民政府: the authority in whose name the town's offices act. */
    private static String authorityOf(Long townId) {
        Town town = Town.findById(townId);
        return town.name + "人民政府";
    }
}
