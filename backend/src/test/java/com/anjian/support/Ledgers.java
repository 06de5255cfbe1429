package com.anjian.support;

import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Monthly-ledger calls through the API: uploads, submissions, and the rows of a sheet. */
public final class Ledgers {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Ledgers() {
    }

    public static String path(long unitId, Object period) {
        return "/api/v1/units/" + unitId + "/ledgers/" + period;
    }

    /**
     * Uploads as a browser does: the file name in the part's header as raw UTF-8 (RestAssured's own
     * multipart writes non-ASCII names as "?"), whatever characters it holds.
     */
    public static Response upload(String user, long unitId, Object period, String filename, byte[] sheet) {
        String boundary = "----anjian" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(filename.replace("\"", "%22").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(sheet);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // A 2,000-row sheet takes longer than the tests' usual 30 s read timeout on a busy machine.
        return Api.as(user).config(io.restassured.RestAssured.config().httpClient(io.restassured.RestAssured.config()
                        .getHttpClientConfig().setParam("http.socket.timeout", 300_000)))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(path(unitId, period) + "/import");
    }

    public static Response submit(String user, long unitId, Object period, long version, boolean nilReturn) {
        return Api.as(user).body(Map.of("version", version, "nilReturn", nilReturn)).post(path(unitId, period) + "/submit");
    }

    public static long version(String user, long unitId, Object period) {
        return Api.as(user).get(path(unitId, period)).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** A sheet row in the template's columns (null leaves a cell empty). */
    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A sheet of one open hazard per description, found on the given date. */
    public static byte[] sheetOf(LocalDate foundOn, String... descriptions) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < descriptions.length; i++) {
            rows.add(row(i + 1, null, foundOn.toString(), "村道", descriptions[i], "物", "一般"));
        }
        return Sheets.workbook(Sheets.HEADERS, rows);
    }

    public static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(SHANGHAI);
    }
}
