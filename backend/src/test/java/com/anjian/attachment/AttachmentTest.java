package com.anjian.attachment;

import com.anjian.support.Api;
import com.anjian.support.Files;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AttachmentTest {

    private static final String PROBLEM = "application/problem+json";

    private static Response upload(String user, String name, byte[] bytes, String declaredType) {
        return Api.as(user).contentType(ContentType.MULTIPART).multiPart("file", name, bytes, declaredType)
                .post("/api/v1/attachments");
    }

    @Test
    void aPhotoIsStoredWithAThumbnailAndItsTypeComesFromItsBytes() {
        Response stored = upload("officer", "看起来像.jpg", Files.png(), "image/jpeg");
        stored.then().statusCode(201).body("contentType", equalTo("image/png")).body("photo", equalTo(true))
                .body("width", equalTo(40)).body("height", equalTo(30));
        String content = stored.jsonPath().getString("contentUrl");
        byte[] bytes = Api.as("officer").accept("*/*").get(content).then().statusCode(200)
                .header("Content-Type", startsWith("image/png"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.png(), bytes);
        byte[] thumbnail = Api.as("officer").accept("image/jpeg").get(stored.jsonPath().getString("thumbnailUrl")).then()
                .statusCode(200).header("Content-Type", startsWith("image/jpeg")).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals(0xFF, thumbnail[0] & 0xFF, "a JPEG");
    }

    @Test
    void anUnusedUploadIsVisibleOnlyToItsUploader() {
        String content = upload("officer", "a.jpg", Files.jpeg(), "image/jpeg").jsonPath().getString("contentUrl");
        Api.as("officer").accept("*/*").get(content).then().statusCode(200);
        for (String user : List.of("officer2", "admin", "leader")) {
            Api.as(user).accept("*/*").get(content).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void aPhotoOfAHazardIsServedOnlyToThoseWhoSeeTheHazard() {
        Response hazard = Hazards.reportGasHazard();
        String content = hazard.jsonPath().getString("timeline[0].attachments[0].contentUrl");
        for (String user : List.of("officer", "officehead", "admin", "leader")) {
            Api.as(user).accept("*/*").get(content).then().statusCode(200);
        }
        for (String user : List.of("officer2", "officehead2")) {
            Api.as(user).accept("*/*").get(content).then().statusCode(404);
        }
        Api.anonymous().accept("*/*").get(content).then().statusCode(401);
    }

    @Test
    void someoneElsesUploadOrAUsedOneCannotBeAttached() {
        long othersPhoto = Hazards.photo("officer2");
        Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        input.put("attachmentIds", List.of(othersPhoto));
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds"));

        long used = Hazards.reportGasHazard().jsonPath().getLong("timeline[0].attachments[0].id");
        input.put("attachmentIds", List.of(used));
        input.put("description", "另一条");
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds"));
    }

    @Test
    void aFileThatIsNotAPhotoOrDocumentIsRefused() {
        upload("officer", "photo.jpg", "just text, not a photo".getBytes(), "image/jpeg")
                .then().statusCode(415).contentType(PROBLEM).body("type", equalTo("/problems/unsupported-media-type"));
        upload("officer", "x.html", "<html><script>alert(1)</script></html>".getBytes(), "text/html")
                .then().statusCode(415);
    }

    @Test
    void aCorruptImageIsRefused() {
        upload("officer", "broken.jpg", Files.corruptJpeg(), "image/jpeg")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("file"));
    }

    @Test
    void anImageWithAbsurdDimensionsIsRefusedBeforeDecoding() {
        upload("officer", "bomb.png", Files.pixelBombPng(), "image/png")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", org.hamcrest.Matchers.containsString("像素"));
    }

    @Test
    void anOversizedPhotoIsRefused() {
        upload("officer", "big.jpg", Files.hugeJpeg(16 * 1024 * 1024), "image/jpeg")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void onlyPeopleWhoRecordHazardsUpload() {
        Api.as("leader").contentType(ContentType.MULTIPART).multiPart("file", "a.jpg", Files.jpeg(), "image/jpeg")
                .post("/api/v1/attachments").then().statusCode(403);
        Api.as("officer").contentType(ContentType.MULTIPART).multiPart("other", "a.jpg", Files.jpeg(), "image/jpeg")
                .post("/api/v1/attachments").then().statusCode(400).body("errors[0].field", equalTo("file"));
    }
}
