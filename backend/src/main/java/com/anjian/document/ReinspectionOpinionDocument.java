package com.anjian.document;

import com.anjian.common.text.ChineseDates;
import com.anjian.document.OfficialDocx.Column;
import com.anjian.document.OfficialDocx.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 整改复查意见书: what the re-inspection found of each problem a rectification order named, and the office's opinion. */
public final class ReinspectionOpinionDocument {

    /** A problem of the order and whether it was found put right. */
    public record Finding(String problem, boolean corrected, String note) {
    }

    /**
     * @param orderNumber  the rectification order's number (东溪经发责改〔2026〕3号)
     * @param orderIssuedOn the day the order was issued
     */
    public record Input(String number, String authority, Party unit, String orderNumber, LocalDate orderIssuedOn,
                        LocalDate reinspectedOn, List<Finding> findings, String opinion, List<Officer> officers, LocalDate issuedOn) {

        public Input {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(orderNumber, "orderNumber");
            Objects.requireNonNull(orderIssuedOn, "orderIssuedOn");
            Objects.requireNonNull(reinspectedOn, "reinspectedOn");
            Objects.requireNonNull(issuedOn, "issuedOn");
            // three dates of one type: their order catches two swapped by the caller
            if (reinspectedOn.isBefore(orderIssuedOn)) {
                throw new IllegalArgumentException("the re-inspection is before the order");
            }
            if (issuedOn.isBefore(reinspectedOn)) {
                throw new IllegalArgumentException("the opinion is issued before the re-inspection");
            }
            findings = List.copyOf(findings);
            officers = List.copyOf(officers);
        }
    }

    private ReinspectionOpinionDocument() {
    }

    public static byte[] render(Input input) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < input.findings().size(); i++) {
            Finding finding = input.findings().get(i);
            rows.add(List.of(String.valueOf(i + 1), finding.problem(), finding.corrected() ? "已整改" : "未整改", Party.orBlank(finding.note())));
        }
        return new OfficialDocx(DocumentKind.REINSPECTION_OPINION.title())
                .authority(input.authority())
                .title(DocumentKind.REINSPECTION_OPINION.title())
                .number(input.number())
                .addressee(input.unit().name())
                .paragraph(List.of(Span.plain("本机关于"), Span.filled(ChineseDates.longDate(input.orderIssuedOn())),
                        Span.plain("作出了《责令限期整改指令书》（"), Span.filled(input.orderNumber()),
                        Span.plain("），责令你单位对所列问题限期整改。"), Span.filled(ChineseDates.longDate(input.reinspectedOn())),
                        Span.plain("，本机关对你单位的整改情况进行了复查，复查情况如下：")))
                .table(List.of(new Column("序号", 8), new Column("存在问题", 46), new Column("复查结果", 14), new Column("说明", 32)), rows)
                .heading("复查意见：")
                .paragraph(input.opinion())
                .officers("复查人员", input.officers())
                .signatureLine("被复查单位负责人", true)
                .issuer(input.authority(), input.issuedOn())
                .note("备注：本文书一式两份，一份交被复查单位，一份存档。")
                .toBytes();
    }
}
