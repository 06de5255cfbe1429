package com.anjian.attachment;

import com.anjian.common.time.BusinessClock;
import com.anjian.support.Api;
import com.anjian.support.Files;
import com.anjian.support.Hazards;
import com.anjian.town.Town;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file exists exactly when its row does: not after a rolled-back upload, not after its upload expired unused. */
@QuarkusTest
class AttachmentStorageTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AttachmentService attachments;

    @Inject
    UnboundUploadCleanup cleanup;

    @Inject
    FileStore store;

    @Test
    void anUploadWhoseTransactionRollsBackLeavesNoFile() throws Exception {
        Path photo = java.nio.file.Files.createTempFile("anjian-test", ".jpg");
        java.nio.file.Files.write(photo, Files.jpeg());
        AtomicReference<Long> id = new AtomicReference<>();
        AtomicReference<String> key = new AtomicReference<>();
        try {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                long town = Town.findByCode("500110109").orElseThrow().id;
                AttachmentDto stored = attachments.store(photo, "现场.jpg", town, "officer");
                Attachment row = Attachment.findById(stored.id());
                id.set(stored.id());
                key.set(row.storageKey);
                assertTrue(store.exists(row.storageKey), "written within the transaction");
                assertTrue(store.exists(row.thumbnailKey));
                throw new IllegalStateException("something later in the request fails");
            }));
        } finally {
            java.nio.file.Files.deleteIfExists(photo);
        }
        assertNotNull(key.get());
        assertFalse(store.exists(key.get()), "the file went with the rolled-back row");
        assertFalse(store.exists(key.get() + ".thumb.jpg"), "and its thumbnail");
        assertNull(QuarkusTransaction.requiringNew().call(() -> Attachment.findById(id.get())));
    }

    @Test
    void uploadsNoStepUsedExpireAfterADayFilesAndRows() {
        long abandoned = Hazards.photo("officer");
        Response hazard = reportWith(Hazards.photo("officer"));
        long used = hazard.jsonPath().getLong("timeline[0].attachments[0].id");
        String abandonedContent = "/api/v1/attachments/" + abandoned + "/content";
        List<String> abandonedFiles = files(abandoned);
        List<String> usedFiles = files(used);
        Instant now = Instant.now();

        // 23 hours on: not yet expired
        QuarkusMock.installMockForType(BusinessClock.fixed(now.plus(Duration.ofHours(23)), ZONE), BusinessClock.class);
        cleanup.run();
        Api.as("officer").accept("*/*").get(abandonedContent).then().statusCode(200);

        // 25 hours on: the unused upload is gone, rows and files; a fresh one and the used one stay
        QuarkusMock.installMockForType(BusinessClock.fixed(now.plus(Duration.ofHours(25)), ZONE), BusinessClock.class);
        long fresh = Hazards.photo("officer");
        int removed = cleanup.run();
        assertTrue(removed >= 1, "removed " + removed);
        Api.as("officer").accept("*/*").get(abandonedContent).then().statusCode(404);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Attachment.findById(abandoned)));
        abandonedFiles.forEach(key -> assertFalse(store.exists(key), key));
        usedFiles.forEach(key -> assertTrue(store.exists(key), key));
        Api.as("officer").accept("*/*").get("/api/v1/attachments/" + used + "/content").then().statusCode(200);
        Api.as("officer").accept("*/*").get("/api/v1/attachments/" + fresh + "/content").then().statusCode(200);

        // an expired upload can no longer be attached
        Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        input.put("foundOn", now.plus(Duration.ofHours(25)).atZone(ZONE).toLocalDate().toString());
        input.put("attachmentIds", List.of(abandoned));
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400);
        assertEquals(0, cleanup.run(), "nothing left to remove");
    }

    private static Response reportWith(long photo) {
        Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        input.put("attachmentIds", List.of(photo));
        Response response = Api.as("officer").body(input).post("/api/v1/hazards");
        response.then().statusCode(201);
        return response;
    }

    /** The storage keys of an attachment: the file and its thumbnail. */
    private List<String> files(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attachment row = Attachment.findById(id);
            assertTrue(store.exists(row.storageKey));
            return row.thumbnailKey == null ? List.of(row.storageKey) : List.of(row.storageKey, row.thumbnailKey);
        });
    }
}
