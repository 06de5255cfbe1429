package com.anjian.document;

import com.anjian.common.text.ChineseDates;
import com.anjian.document.OfficialDocx.Column;
import com.anjian.document.OfficialDocx.Field;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** 现场检查记录: what the inspectors found, item by item of the checklist, signed on site by both sides. */
public final class OnSiteInspectionRecordDocument {

    /** The outcome of one checklist item as the record prints it. */
    public enum Outcome {
        PASS("符合"), FAIL("不符合"), NOT_APPLICABLE("不适用");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One item of the checklist: what was checked, against which clause, the outcome (null: not checked) and a note. */
    public record Result(int no, String item, String legalBasis, Outcome outcome, String note) {
    }

    /**
     * @param authority         the authority the inspecting office acts for (东溪镇人民政府)
     * @param inspectingOffice  the office that inspected (经发办)
     * @param onSitePerson      the inspected unit's person present, with their position when known
     * @param endedAt           null while the inspection has not ended
     */
    public record Input(String number, String authority, String inspectingOffice, Party inspected, String onSitePerson,
                        String onSitePersonPosition, String place, LocalDateTime startedAt, LocalDateTime endedAt,
                        List<Officer> inspectors, List<Result> results, String conclusion) {

        public Input {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(inspected, "inspected");
            Objects.requireNonNull(startedAt, "startedAt");
            if (endedAt != null && endedAt.isBefore(startedAt)) {
                throw new IllegalArgumentException("the inspection ends before it starts");
            }
            inspectors = List.copyOf(inspectors);
            results = List.copyOf(results);
        }
    }

    private OnSiteInspectionRecordDocument() {
    }

    public static byte[] render(Input input) {
        String names = input.inspectors().stream().map(Officer::name).collect(Collectors.joining("、"));
        String certificates = input.inspectors().stream().map(o -> o.certificateNo() == null ? "　　　　" : o.certificateNo())
                .collect(Collectors.joining("、"));
        OfficialDocx docx = new OfficialDocx(DocumentKind.ON_SITE_RECORD.title())
                .authority(input.authority())
                .title(DocumentKind.ON_SITE_RECORD.title())
                .number(input.number())
                .fields(List.of(
                        Field.of("被检查单位", input.inspected().name()),
                        Field.of("地址", Party.orBlank(input.inspected().address())),
                        Field.of("法定代表人\n（负责人）", Party.orBlank(input.inspected().legalRepresentative()),
                                "联系电话", Party.orBlank(input.inspected().phone())),
                        Field.of("现场负责人", Party.orBlank(input.onSitePerson()), "职务", Party.orBlank(input.onSitePersonPosition())),
                        Field.of("检查场所", Party.orBlank(input.place())),
                        Field.of("检查时间", period(input.startedAt(), input.endedAt())),
                        Field.of("检查单位", input.inspectingOffice(), "检查人员", names)))
                .paragraph("我们是" + input.authority() + input.inspectingOffice() + "的行政执法人员" + names + "，证件号码为"
                        + certificates + "，这是我们的证件（出示证件）。现依法对你单位进行现场检查，请予以配合。")
                .heading("检查情况：")
                .table(List.of(new Column("序号", 7), new Column("检查内容", 33), new Column("检查依据", 26),
                                new Column("结果", 12), new Column("情况说明", 22)),
                        input.results().stream().map(r -> List.of(String.valueOf(r.no()), r.item(), Party.orBlank(r.legalBasis()),
                                r.outcome() == null ? "未检查" : r.outcome().label(), Party.orBlank(r.note()))).toList())
                .heading("检查结论：")
                .paragraph(input.conclusion() == null || input.conclusion().isBlank() ? "（检查未结束）" : input.conclusion())
                .officers("检查人员", input.inspectors())
                .signatureLine("被检查单位现场负责人", true)
                .note("备注：本记录一式两份，一份交被检查单位，一份存档。");
        return docx.toBytes();
    }

    /** 2026年11月29日9时30分至11时15分 (the end's date only when it is another day). */
    static String period(LocalDateTime start, LocalDateTime end) {
        String from = ChineseDates.longDateTime(start);
        if (end == null) {
            return from + "起";
        }
        String to = end.toLocalDate().equals(start.toLocalDate()) ? ChineseDates.time(end) : ChineseDates.longDateTime(end);
        return from + "至" + to;
    }
}
