package com.anjian.document;

import com.anjian.document.OnSiteInspectionRecordDocument.Input;
import com.anjian.document.OnSiteInspectionRecordDocument.Outcome;
import com.anjian.document.OnSiteInspectionRecordDocument.Result;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static com.anjian.document.Docx.assertHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OnSiteInspectionRecordDocumentTest {

    static Input sample() {
        return new Input("东溪经发检记〔2026〕12号", Samples.AUTHORITY, "经发办", Samples.FACTORY, "王建国", "生产厂长",
                "生产车间、原料库房", LocalDateTime.of(2026, 11, 29, 9, 30), LocalDateTime.of(2026, 11, 29, 11, 15),
                Samples.OFFICERS, List.of(
                new Result(1, "是否建立健全全员安全生产责任制", "《中华人民共和国安全生产法》第二十二条", Outcome.PASS, null),
                new Result(2, "是否对从业人员进行安全生产教育和培训并如实记录", "《中华人民共和国安全生产法》第二十八条", Outcome.FAIL,
                        "抽查3名新进员工，均无岗前安全培训记录"),
                new Result(3, "特种作业人员是否持证上岗", "《中华人民共和国安全生产法》第三十条", Outcome.PASS, "电焊工2名，证件有效"),
                new Result(4, "安全出口、疏散通道是否畅通", "《中华人民共和国安全生产法》第四十二条", Outcome.FAIL, "车间东侧安全出口堆放原料"),
                new Result(5, "有限空间作业是否审批", "", Outcome.NOT_APPLICABLE, "无有限空间作业")),
                "检查发现2项问题，其中未如实记录安全生产教育和培训情况涉嫌违法，已当场责令改正；安全出口堵塞已督促立即清理。");
    }

    @Test
    void theRecordHoldsItsNumberPeoplePlaceTimeResultsAndConclusion() {
        byte[] bytes = OnSiteInspectionRecordDocument.render(sample());
        Docx.write("现场检查记录.docx", bytes);
        String text = Docx.text(bytes);

        assertHolds(text, "东溪镇人民政府", "现场检查记录", "东溪经发检记〔2026〕12号",
                "綦江区东溪镇宏达五金加工厂", "重庆市綦江区东溪镇工业园区8号", "李德明", "023-48621234", "王建国", "生产厂长",
                "生产车间、原料库房", "2026年11月29日9时30分至11时15分", "经发办", "刘洋、周斌",
                "证件号码为50011021001、50011021002", "现依法对你单位进行现场检查",
                "是否对从业人员进行安全生产教育和培训并如实记录", "《中华人民共和国安全生产法》第二十八条", "不符合",
                "抽查3名新进员工，均无岗前安全培训记录", "车间东侧安全出口堆放原料", "不适用", "符合",
                "检查发现2项问题", "检查人员（签名）", "执法证号：50011021001", "被检查单位现场负责人（签名）", "一式两份");
    }

    @Test
    void anUnfinishedInspectionSaysSoAndAnInspectionOverMidnightGivesBothDays() {
        Input sample = sample();
        Input unfinished = new Input(sample.number(), sample.authority(), sample.inspectingOffice(), sample.inspected(), null, null,
                null, sample.startedAt(), null, sample.inspectors(),
                List.of(new Result(1, "是否建立健全全员安全生产责任制", null, null, null)), null);
        String text = Docx.text(OnSiteInspectionRecordDocument.render(unfinished));
        assertHolds(text, "2026年11月29日9时30分起", "未检查", "（检查未结束）");

        assertEquals("2026年11月29日22时00分至2026年11月30日1时30分", OnSiteInspectionRecordDocument.period(
                LocalDateTime.of(2026, 11, 29, 22, 0), LocalDateTime.of(2026, 11, 30, 1, 30)));
        assertThrows(IllegalArgumentException.class, () -> new Input(sample.number(), sample.authority(), sample.inspectingOffice(),
                sample.inspected(), null, null, null, sample.startedAt(), sample.startedAt().minusMinutes(1), sample.inspectors(),
                sample.results(), null));
    }
}
