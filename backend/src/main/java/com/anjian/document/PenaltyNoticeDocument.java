package com.anjian.document;

import com.anjian.document.OfficialDocx.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 行政处罚告知书: before deciding a penalty the authority tells the party the facts, the evidence, the
 * clauses broken and the clauses of the penalty, and the penalty it intends; the party may state its
 * case and defend itself (陈述、申辩) within three days, and ask for a hearing where the law gives one.
 */
public final class PenaltyNoticeDocument {

    /** Where and whom the party contacts to state its case. */
    public record Contact(String address, String person, String phone) {
    }

    /**
     * @param violated     the clauses the conduct breaks, as the case cites them
     * @param penaltyBasis the clauses the penalty rests on
     * @param hearingRight whether the law gives the party a hearing for this penalty (a large fine, closure …)
     */
    public record Input(String number, String authority, Party party, String facts, List<String> evidence, String violated,
                        String penaltyBasis, Penalty penalty, boolean hearingRight, Contact contact, LocalDate issuedOn) {

        public Input {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(violated, "violated");
            Objects.requireNonNull(penaltyBasis, "penaltyBasis");
            Objects.requireNonNull(penalty, "penalty");
            Objects.requireNonNull(issuedOn, "issuedOn");
            evidence = List.copyOf(evidence);
        }
    }

    private PenaltyNoticeDocument() {
    }

    public static byte[] render(Input input) {
        OfficialDocx docx = new OfficialDocx(DocumentKind.PENALTY_NOTICE.title())
                .authority(input.authority())
                .title(DocumentKind.PENALTY_NOTICE.title())
                .number(input.number())
                .addressee(input.party().name())
                .paragraph(PenaltyWording.factsAndEvidence(input.facts(), input.evidence()))
                .paragraph(List.of(Span.plain("你单位的上述行为违反了" + input.violated() + "的规定，依据" + input.penaltyBasis()
                        + "的规定，本机关拟对你单位作出"), Span.filled(input.penalty().text()), Span.plain("的行政处罚。")))
                .paragraph("根据《中华人民共和国行政处罚法》的规定，你单位有权进行陈述和申辩。如需陈述和申辩，请于收到本告知书之日起三日内"
                        + "向本机关提出；逾期不提出的，视为放弃陈述和申辩的权利。");
        if (input.hearingRight()) {
            docx.paragraph("根据《中华人民共和国行政处罚法》的规定，你单位有权要求举行听证。要求听证的，请于收到本告知书之日起五日内"
                    + "向本机关提出；逾期不提出的，视为放弃听证的权利。");
        }
        if (input.contact() != null) {
            docx.paragraph("本机关地址：" + Party.orBlank(input.contact().address()) + "\u3000联系人：" + Party.orBlank(input.contact().person())
                    + "\u3000联系电话：" + Party.orBlank(input.contact().phone()));
        }
        return docx.signatureLine("当事人", true)
                .issuer(input.authority(), input.issuedOn())
                .note("备注：本文书一式两份，一份交当事人，一份存档。")
                .toBytes();
    }
}
