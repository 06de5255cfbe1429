package com.anjian.enforcement;

import com.anjian.document.Docx;
import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.anjian.document.Docx.assertHolds;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every document of a case, downloaded through the API, re-opens with POI and says what the case says. */
@QuarkusTest
class EnforcementDocumentsTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static byte[] download(String user, long caseId, String kind) {
        return Api.as(user).accept("*/*").get("/api/v1/enforcement-cases/" + caseId + "/documents/" + kind).then().statusCode(200)
                .contentType(DOCX).header("Content-Disposition", containsString(".docx")).extract().asByteArray();
    }

    private static String numberOf(JsonPath detail, String kind) {
        return detail.getString("documents.find { it.kind == '" + kind + "' }.number");
    }

    private static String longDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void everyDocumentOfTheChainReopensWithPoiAndHoldsTheCasesOwnData() {
        long inspection = Cases.violationAtBaiyunsi();
        long id = Cases.opened(inspection);
        LocalDate today = Inspections.today();
        LocalDate deadline = today.plusDays(15);
        Cases.step("officehead", id, "order", Map.of("content", "立即在燃气管道上设置明显标识", "deadline", deadline.toString()))
                .then().statusCode(200);
        Cases.step("officehead", id, "reinspect", Map.of("reinspectedOn", today.toString(), "finding", "标识仍未设置",
                "corrected", false)).then().statusCode(200);
        Cases.step("officehead", id, "notify-penalty", Map.of("penaltyBasis", "《中华人民共和国安全生产法》第九十九条",
                "fineAmount", 20000)).then().statusCode(200);
        Cases.step("officehead", id, "decide-penalty", Map.of("penaltyBasis", "《中华人民共和国安全生产法》第一百零一条",
                "fineAmount", 10600, "decidedOn", today.toString())).then().statusCode(200);
        JsonPath detail = Cases.get("officehead", id).then().statusCode(200).extract().jsonPath();
        String serial = detail.getString("inspectionSerial");

        String record = Docx.text(download("officehead", id, "ON_SITE_RECORD"));
        assertHolds(record, "现场检查记录", numberOf(detail, "ON_SITE_RECORD"), "白云寺村", "经发办", "刘洋", "周红", "东溪镇人民政府",
                "检查内容第1项", "燃气管道未设置明显标识");

        byte[] orderBytes = download("officehead", id, "RECTIFICATION_ORDER");
        Docx.write("案件-责令限期整改指令书.docx", orderBytes);
        assertHolds(Docx.text(orderBytes), "责令限期整改指令书", numberOf(detail, "RECTIFICATION_ORDER"), "白云寺村",
                "立即在燃气管道上设置明显标识", "《中华人民共和国安全生产法》第四十一条", longDate(deadline), "六十日");

        assertHolds(Docx.text(download("officehead", id, "REINSPECTION_OPINION")), "整改复查意见书",
                numberOf(detail, "REINSPECTION_OPINION"), numberOf(detail, "RECTIFICATION_ORDER"), "白云寺村", "标识仍未设置");

        // the notice keeps what was notified; the decision states the penalty decided
        String notice = Docx.text(download("officehead", id, "PENALTY_NOTICE"));
        assertHolds(notice, "行政处罚告知书", numberOf(detail, "PENALTY_NOTICE"), "白云寺村", "贰万元整", "20,000.00元",
                "第九十九条", "陈述");
        assertFalse(notice.contains("壹万零陆佰元整"), notice);

        byte[] decisionBytes = download("officehead", id, "PENALTY_DECISION");
        Docx.write("案件-行政处罚决定书.docx", decisionBytes);
        String decision = Docx.text(decisionBytes);
        assertHolds(decision, "行政处罚决定书", numberOf(detail, "PENALTY_DECISION"), "白云寺村", "壹万零陆佰元整", "10,600.00元",
                "第一百零一条", "燃气调压间管道未设置明显标识", "加处罚款");
        assertFalse(decision.contains("贰万元整"), decision);

        // the inspection's record carries the case's number; the party reads it, another village does not
        byte[] inspectionRecord = Api.as("officer").accept("*/*").get("/api/v1/inspections/" + inspection + "/record.docx").then()
                .statusCode(200).contentType(DOCX).extract().asByteArray();
        assertHolds(Docx.text(inspectionRecord), numberOf(detail, "ON_SITE_RECORD"), "白云寺村");
        Api.as("officer2").accept("*/*").get("/api/v1/inspections/" + inspection + "/record.docx").then().statusCode(404);
        assertEquals(true, serial.startsWith("JC"));
    }

    @Test
    void documentsAreScopedLikeTheirCaseAndOnlyOnceIssued() {
        long id = Cases.opened(Cases.violationAtBaiyunsi());
        download("officer", id, "ON_SITE_RECORD");
        download("leader", id, "ON_SITE_RECORD");
        Api.as("officehead2").accept("*/*").get("/api/v1/enforcement-cases/" + id + "/documents/ON_SITE_RECORD").then().statusCode(404);
        Api.as("officer2").accept("*/*").get("/api/v1/enforcement-cases/" + id + "/documents/ON_SITE_RECORD").then().statusCode(404);
        // not issued yet
        Api.as("officehead").accept("*/*").get("/api/v1/enforcement-cases/" + id + "/documents/RECTIFICATION_ORDER").then().statusCode(404);
        Api.as("officehead").accept("*/*").get("/api/v1/enforcement-cases/" + id + "/documents/NO_SUCH_KIND").then().statusCode(400);
    }

    @Test
    void anInspectionWithoutACaseIsRecordedUnderItsSerial() {
        long inspection = Cases.violationAtBaiyunsi();
        String serial = Inspections.get("officehead", inspection).jsonPath().getString("serial");
        Response response = Api.as("officehead").accept("*/*").get("/api/v1/inspections/" + inspection + "/record.docx");
        response.then().statusCode(200).contentType(DOCX);
        assertHolds(Docx.text(response.asByteArray()), serial, "白云寺村", "不符合");
        Api.as("officehead2").accept("*/*").get("/api/v1/inspections/" + inspection + "/record.docx").then().statusCode(404);
    }
}
