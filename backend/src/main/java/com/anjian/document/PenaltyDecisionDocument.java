package com.anjian.document;

import com.anjian.document.OfficialDocx.Field;
import com.anjian.document.OfficialDocx.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 行政处罚决定书: the party, the facts and evidence, the clauses broken and those of the penalty, the
 * penalty (a fine in capitals and figures), how and by when to pay it (fifteen days, at the named bank;
 * 3 % of the fine a day added when late), and the party's remedies.
 */
public final class PenaltyDecisionDocument {

    /**
     * @param payment where a fine is paid; required when the penalty has one
     */
    public record Input(String number, String authority, Party party, String facts, List<String> evidence, String violated,
                        String penaltyBasis, Penalty penalty, Payment payment, Remedies remedies, LocalDate issuedOn) {

        public Input {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(violated, "violated");
            Objects.requireNonNull(penaltyBasis, "penaltyBasis");
            Objects.requireNonNull(penalty, "penalty");
            Objects.requireNonNull(issuedOn, "issuedOn");
            if (penalty.fine() != null && payment == null) {
                throw new IllegalArgumentException("a fine needs the bank and account it is paid to");
            }
            evidence = List.copyOf(evidence);
            remedies = remedies == null ? Remedies.UNNAMED : remedies;
        }
    }

    private PenaltyDecisionDocument() {
    }

    public static byte[] render(Input input) {
        Party party = input.party();
        OfficialDocx docx = new OfficialDocx(DocumentKind.PENALTY_DECISION.title())
                .authority(input.authority())
                .title(DocumentKind.PENALTY_DECISION.title())
                .number(input.number())
                .fields(List.of(
                        Field.of("当事人", party.name()),
                        Field.of("统一社会信用代码", Party.orBlank(party.creditCode())),
                        Field.of("地址", Party.orBlank(party.address())),
                        Field.of("法定代表人\n（负责人）", Party.orBlank(party.legalRepresentative()), "联系电话", Party.orBlank(party.phone()))))
                .heading("一、违法事实及证据")
                .paragraph(PenaltyWording.factsAndEvidence(input.facts(), input.evidence()))
                .heading("二、处罚依据及处罚内容")
                .paragraph(List.of(Span.plain("你单位的上述行为违反了" + input.violated() + "的规定，依据" + input.penaltyBasis()
                        + "的规定，本机关决定对你单位给予"), Span.filled(input.penalty().text()), Span.plain("的行政处罚。")));
        if (input.penalty().fine() != null) {
            Payment payment = input.payment();
            docx.heading("三、履行方式和期限")
                    .paragraph(List.of(Span.plain("罚款自收到本决定书之日起十五日内缴至"), Span.filled(payment.bank()),
                            Span.plain("（户名："), Span.filled(payment.accountName()), Span.plain("；账号："), Span.filled(payment.accountNo()),
                            Span.plain("）。到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。")))
                    .heading("四、救济途径");
        } else {
            docx.heading("三、救济途径");
        }
        return docx.paragraph(input.remedies().sentence("决定"))
                .paragraph("逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本机关将依法申请人民法院强制执行。")
                .issuer(input.authority(), input.issuedOn())
                .note("备注：本文书一式两份，一份交当事人，一份存档。")
                .toBytes();
    }
}
