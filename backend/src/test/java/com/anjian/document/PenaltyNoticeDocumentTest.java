package com.anjian.document;

import com.anjian.document.PenaltyNoticeDocument.Contact;
import com.anjian.document.PenaltyNoticeDocument.Input;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.anjian.document.Docx.assertHolds;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PenaltyNoticeDocumentTest {

    static Input sample(Penalty penalty, boolean hearing) {
        return new Input("东溪应急罚告〔2026〕7号", Samples.AUTHORITY, Samples.FACTORY,
                "未如实记录安全生产教育和培训情况，经责令限期改正，逾期仍未改正。",
                List.of("现场检查记录", "整改复查意见书", "询问笔录", "现场照片"),
                "《中华人民共和国安全生产法》第二十八条第四款", "《中华人民共和国安全生产法》第九十七条第（三）项",
                penalty, hearing, new Contact("重庆市綦江区东溪镇东新街1号", "王立新", "023-48620110"), LocalDate.of(2026, 12, 18));
    }

    @Test
    void theNoticeHoldsFactsEvidenceClausesTheIntendedFineInCapitalsAndFiguresAndTheRightToBeHeard() {
        byte[] bytes = PenaltyNoticeDocument.render(sample(Penalty.fine(new BigDecimal("10600")), true));
        Docx.write("行政处罚告知书.docx", bytes);
        String text = Docx.text(bytes);

        assertHolds(text, "东溪镇人民政府", "行政处罚告知书", "东溪应急罚告〔2026〕7号", "綦江区东溪镇宏达五金加工厂：",
                "经查，你单位未如实记录安全生产教育和培训情况，经责令限期改正，逾期仍未改正。",
                "以上事实有现场检查记录、整改复查意见书、询问笔录、现场照片等证据为证。",
                "违反了《中华人民共和国安全生产法》第二十八条第四款的规定",
                "依据《中华人民共和国安全生产法》第九十七条第（三）项的规定",
                "本机关拟对你单位作出罚款人民币壹万零陆佰元整（10,600.00元）的行政处罚",
                "你单位有权进行陈述和申辩", "收到本告知书之日起三日内", "有权要求举行听证", "五日内",
                "重庆市綦江区东溪镇东新街1号", "王立新", "023-48620110", "（印章）", "2026年12月18日");
    }

    @Test
    void withoutAHearingRightTheNoticeOffersNoneAndAWarningWithAFineReadsAsBoth() {
        String text = Docx.text(PenaltyNoticeDocument.render(sample(new Penalty("警告", new BigDecimal("500.50")), false)));
        assertHolds(text, "拟对你单位作出警告，并处罚款人民币伍佰元伍角（500.50元）的行政处罚", "陈述和申辩");
        assertFalse(text.contains("听证"), text);
    }
}
