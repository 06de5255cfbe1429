package com.anjian.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a document number is written when the unit has no prefix of its own, and its form. */
class DocumentPrefixTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "东溪镇, 经发办, 东溪经发",
            "东溪镇, 应急办, 东溪应急",
            "东溪镇, 规划自然资源所, 东溪规划自然资源",
            "东溪镇, 农业服务中心, 东溪农业服务",
            "东溪镇, 安监站, 东溪安监",
            "东溪镇, 党政办公室, 东溪党政办公室",
            "东溪镇, 办, 东溪办",
            "石角镇, 综合行政执法大队, 石角综合行政执法大队",
            "古南街道, 经发办, 古南经发",
            "三角乡, 应急办, 三角应急",
            "东溪, 应急办, 东应急",
    })
    void theTownsAndTheUnitsShortNames(String town, String unit, String prefix) {
        assertEquals(prefix, DocumentNumbers.defaultPrefix(town, unit));
    }

    @ParameterizedTest(name = "{1} {2} {3} → {4}")
    @CsvSource({
            "东溪经发, RECTIFICATION_ORDER, 2021, 3, 东溪经发责改〔2021〕3号",
            "东溪经发, ON_SITE_RECORD, 2026, 12, 东溪经发检记〔2026〕12号",
            "东溪应急, REINSPECTION_OPINION, 2026, 1, 东溪应急复查〔2026〕1号",
            "东溪应急, PENALTY_NOTICE, 2026, 7, 东溪应急罚告〔2026〕7号",
            "东溪应急, PENALTY_DECISION, 2026, 120, 东溪应急罚决〔2026〕120号",
    })
    void theUsualFormOfADocumentNumber(String prefix, DocumentKind kind, int year, int sequence, String text) {
        assertEquals(text, DocumentNumbers.format(prefix, kind, year, sequence));
    }
}
