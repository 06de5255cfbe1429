package com.anjian.document;

import com.anjian.common.text.ChineseDates;
import com.anjian.document.OfficialDocx.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 责令限期整改指令书: the problems found, each with the clause it breaks, and the date by which they must be put right. */
public final class RectificationOrderDocument {

    /** A problem found and the clause it breaks (《中华人民共和国安全生产法》第四十一条). */
    public record Problem(String description, String legalBasis) {
    }

    /**
     * @param orderBasis the clause that empowers the order, as the caller's office cites it (null: not cited)
     * @param deadline   the day by which every problem must be put right
     */
    public record Input(String number, String authority, Party unit, List<Problem> problems, String orderBasis,
                        LocalDate deadline, List<Officer> officers, LocalDate issuedOn, Remedies remedies) {

        public Input {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(issuedOn, "issuedOn");
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an order names at least one problem");
            }
            if (deadline.isBefore(issuedOn)) {
                throw new IllegalArgumentException("the deadline is before the order was issued");
            }
            problems = List.copyOf(problems);
            officers = List.copyOf(officers);
            remedies = remedies == null ? Remedies.UNNAMED : remedies;
        }
    }

    private RectificationOrderDocument() {
    }

    public static byte[] render(Input input) {
        List<String> problems = new ArrayList<>();
        for (Problem problem : input.problems()) {
            String basis = problem.legalBasis() == null || problem.legalBasis().isBlank() ? "" : "（违反" + problem.legalBasis() + "的规定）";
            problems.add(problem.description() + basis);
        }
        String which = input.problems().size() == 1 ? "上述问题" : "上述第1项至第" + input.problems().size() + "项问题";
        String basis = input.orderBasis() == null || input.orderBasis().isBlank() ? "" : "依据" + input.orderBasis() + "的规定，";
        return new OfficialDocx(DocumentKind.RECTIFICATION_ORDER.title())
                .authority(input.authority())
                .title(DocumentKind.RECTIFICATION_ORDER.title())
                .number(input.number())
                .addressee(input.unit().name())
                .paragraph("经查，你单位存在下列问题：")
                .numbered(problems)
                .paragraph(List.of(Span.plain(basis + "现责令你单位对" + which + "于"), Span.filled(ChineseDates.longDate(input.deadline())),
                        Span.plain("前整改完毕，达到有关法律、法规、规章和国家标准或者行业标准规定的要求。由此造成事故的，依法追究有关人员的责任。")))
                .paragraph("整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。")
                .paragraph(input.remedies().sentence("指令"))
                .officers("执法人员", input.officers())
                .signatureLine("被检查单位负责人", true)
                .issuer(input.authority(), input.issuedOn())
                .note("备注：本文书一式两份，一份交被检查单位，一份存档。")
                .toBytes();
    }
}
