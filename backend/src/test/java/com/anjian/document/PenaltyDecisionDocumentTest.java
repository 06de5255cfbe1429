package com.anjian.document;

import com.anjian.document.PenaltyDecisionDocument.Input;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.anjian.document.Docx.assertHolds;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PenaltyDecisionDocumentTest {

    static final Payment PAYMENT = new Payment("重庆农村商业银行綦江支行", "綦江区财政局非税收入汇缴结算户", "0101 0120 0000 2468 1");

    static Input sample(Penalty penalty, Payment payment) {
        return new Input("东溪应急罚决〔2026〕5号", Samples.AUTHORITY, Samples.FACTORY,
                "未如实记录安全生产教育和培训情况，经责令限期改正，逾期仍未改正",
                List.of("现场检查记录", "整改复查意见书", "询问笔录"),
                "《中华人民共和国安全生产法》第二十八条第四款", "《中华人民共和国安全生产法》第九十七条第（三）项",
                penalty, payment, Samples.REMEDIES, LocalDate.of(2026, 12, 28));
    }

    @Test
    void theDecisionHoldsThePartyFactsClausesTheFineInCapitalsAndFiguresPaymentSurchargeAndRemedies() {
        byte[] bytes = PenaltyDecisionDocument.render(sample(Penalty.fine(new BigDecimal("10600.50")), PAYMENT));
        Docx.write("行政处罚决定书.docx", bytes);
        String text = Docx.text(bytes);

        assertHolds(text, "东溪镇人民政府", "行政处罚决定书", "东溪应急罚决〔2026〕5号",
                "綦江区东溪镇宏达五金加工厂", "92500110MA5U7XXX1K", "重庆市綦江区东溪镇工业园区8号", "李德明", "023-48621234",
                "经查，你单位未如实记录安全生产教育和培训情况，经责令限期改正，逾期仍未改正。以上事实有现场检查记录、整改复查意见书、询问笔录等证据为证。",
                "违反了《中华人民共和国安全生产法》第二十八条第四款的规定", "依据《中华人民共和国安全生产法》第九十七条第（三）项的规定",
                "本机关决定对你单位给予罚款人民币壹万零陆佰元伍角（10,600.50元）的行政处罚",
                "罚款自收到本决定书之日起十五日内缴至重庆农村商业银行綦江支行（户名：綦江区财政局非税收入汇缴结算户；账号：0101 0120 0000 2468 1）",
                "每日按罚款数额的百分之三加处罚款",
                "如不服本决定，可以依法在六十日内向綦江区人民政府申请行政复议，或者在六个月内依法向綦江区人民法院提起行政诉讼",
                "申请人民法院强制执行", "（印章）", "2026年12月28日");
    }

    @Test
    void aDecisionWithoutAFineHasNoPaymentAndAFineNeedsWhereToPayIt() {
        String text = Docx.text(PenaltyDecisionDocument.render(sample(new Penalty("警告", null), null)));
        assertHolds(text, "本机关决定对你单位给予警告的行政处罚", "三、救济途径");
        assertFalse(text.contains("加处罚款"), text);
        assertThrows(IllegalArgumentException.class, () -> sample(Penalty.fine(new BigDecimal("2000")), null));
        assertThrows(IllegalArgumentException.class, () -> new Penalty(" ", null));
        assertThrows(IllegalArgumentException.class, () -> Penalty.fine(BigDecimal.ZERO));
    }
}
