package com.anjian.document;

import com.anjian.document.ReinspectionOpinionDocument.Finding;
import com.anjian.document.ReinspectionOpinionDocument.Input;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.anjian.document.Docx.assertHolds;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReinspectionOpinionDocumentTest {

    static Input sample() {
        return new Input("东溪经发复查〔2026〕2号", Samples.AUTHORITY, Samples.FACTORY, "东溪经发责改〔2026〕3号",
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 16), List.of(
                new Finding("未如实记录安全生产教育和培训情况", false, "仍有1名员工无培训记录"),
                new Finding("生产车间东侧安全出口堆放原料", true, "原料已清理，通道畅通")),
                "第2项问题已整改完毕；第1项问题逾期未整改完毕，本机关将依法立案查处。", Samples.OFFICERS, LocalDate.of(2026, 12, 16));
    }

    @Test
    void theOpinionRefersToTheOrderAndHoldsEachFindingAndTheOpinion() {
        byte[] bytes = ReinspectionOpinionDocument.render(sample());
        Docx.write("整改复查意见书.docx", bytes);
        String text = Docx.text(bytes);

        assertHolds(text, "东溪镇人民政府", "整改复查意见书", "东溪经发复查〔2026〕2号", "綦江区东溪镇宏达五金加工厂：",
                "本机关于2026年11月29日作出了《责令限期整改指令书》（东溪经发责改〔2026〕3号）",
                "2026年12月16日，本机关对你单位的整改情况进行了复查",
                "未如实记录安全生产教育和培训情况", "未整改", "仍有1名员工无培训记录",
                "生产车间东侧安全出口堆放原料", "已整改", "原料已清理，通道畅通",
                "第1项问题逾期未整改完毕，本机关将依法立案查处", "复查人员（签名）", "执法证号：50011021001",
                "被复查单位负责人（签名）", "（印章）");
    }

    @Test
    void theReinspectionComesAfterTheOrderAndTheOpinionAfterTheReinspection() {
        Input sample = sample();
        assertThrows(IllegalArgumentException.class, () -> new Input(sample.number(), sample.authority(), sample.unit(), sample.orderNumber(),
                sample.orderIssuedOn(), sample.orderIssuedOn().minusDays(1), sample.findings(), sample.opinion(), sample.officers(),
                sample.issuedOn()));
        assertThrows(IllegalArgumentException.class, () -> new Input(sample.number(), sample.authority(), sample.unit(), sample.orderNumber(),
                sample.orderIssuedOn(), sample.reinspectedOn(), sample.findings(), sample.opinion(), sample.officers(),
                sample.reinspectedOn().minusDays(1)));
    }
}
