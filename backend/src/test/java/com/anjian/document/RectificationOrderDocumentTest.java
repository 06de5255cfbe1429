package com.anjian.document;

import com.anjian.document.RectificationOrderDocument.Input;
import com.anjian.document.RectificationOrderDocument.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.anjian.document.Docx.assertHolds;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RectificationOrderDocumentTest {

    static Input sample() {
        return new Input("东溪经发责改〔2026〕3号", Samples.AUTHORITY, Samples.FACTORY, List.of(
                new Problem("未如实记录安全生产教育和培训情况，3名新进员工无岗前安全培训记录", "《中华人民共和国安全生产法》第二十八条第四款"),
                new Problem("生产车间东侧安全出口堆放原料，疏散通道不畅通", "《中华人民共和国安全生产法》第四十二条第二款")),
                "《中华人民共和国安全生产法》第六十五条第一款第（三）项", LocalDate.of(2026, 12, 15), Samples.OFFICERS,
                LocalDate.of(2026, 11, 29), Samples.REMEDIES);
    }

    @Test
    void theOrderHoldsItsNumberTheUnitTheProblemsWithTheirClausesTheDeadlineAndTheRemedies() {
        byte[] bytes = RectificationOrderDocument.render(sample());
        Docx.write("责令限期整改指令书.docx", bytes);
        String text = Docx.text(bytes);

        assertHolds(text, "东溪镇人民政府", "责令限期整改指令书", "东溪经发责改〔2026〕3号", "綦江区东溪镇宏达五金加工厂：",
                "经查，你单位存在下列问题：",
                "1. 未如实记录安全生产教育和培训情况，3名新进员工无岗前安全培训记录（违反《中华人民共和国安全生产法》第二十八条第四款的规定）",
                "2. 生产车间东侧安全出口堆放原料，疏散通道不畅通（违反《中华人民共和国安全生产法》第四十二条第二款的规定）",
                "依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，现责令你单位对上述第1项至第2项问题于2026年12月15日前整改完毕",
                "如不服本指令，可以依法在六十日内向綦江区人民政府申请行政复议，或者在六个月内依法向綦江区人民法院提起行政诉讼",
                "但本指令不停止执行", "执法人员（签名）", "执法证号：50011021002", "被检查单位负责人（签名）", "（印章）", "2026年11月29日");
    }

    @Test
    void withoutNamedReviewBodyAndCourtTheRemediesStillStandAndOneProblemIsTheProblem() {
        Input sample = sample();
        Input single = new Input(sample.number(), sample.authority(), sample.unit(), sample.problems().subList(0, 1), null,
                sample.deadline(), sample.officers(), sample.issuedOn(), null);
        String text = Docx.text(RectificationOrderDocument.render(single));
        assertHolds(text, "现责令你单位对上述问题于2026年12月15日前整改完毕",
                "如不服本指令，可以依法在六十日内申请行政复议，或者在六个月内提起行政诉讼");
        assertFalse(text.contains("依据《"), "no empowering clause cited when none is given");
    }

    @Test
    void anOrderNeedsAProblemAndADeadlineNotBeforeItsIssue() {
        Input sample = sample();
        assertThrows(IllegalArgumentException.class, () -> new Input(sample.number(), sample.authority(), sample.unit(), List.of(), null,
                sample.deadline(), sample.officers(), sample.issuedOn(), null));
        assertThrows(IllegalArgumentException.class, () -> new Input(sample.number(), sample.authority(), sample.unit(), sample.problems(),
                null, sample.issuedOn().minusDays(1), sample.officers(), sample.issuedOn(), null));
    }
}
