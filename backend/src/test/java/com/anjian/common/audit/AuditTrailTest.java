package com.anjian.common.audit;

import com.anjian.common.audit.AuditService.Revision;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.Hazard;
import com.anjian.ledger.LedgerImport;
import com.anjian.ledger.MonthlyLedger;
import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Sheets;
import com.anjian.town.Town;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change is audited by one mechanism: who, in which town, when (by the business clock), what. */
@QuarkusTest
class AuditTrailTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Instant PINNED = Instant.parse("2026-03-10T02:00:00Z");

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Test
    void ledgerImportSubmitReturnAndAcceptAreEachAuditedWithWhoTheTownAndTheBusinessClock() {
        QuarkusMock.installMockForType(BusinessClock.fixed(PINNED, ZoneId.of("Asia/Shanghai")), BusinessClock.class);
        long village = Fixtures.createVillage();
        // the village is created at the pinned instant, so it owes ledgers from March 2026 on
        String path = "/api/v1/units/" + village + "/ledgers/2026-03";
        String tag = Fixtures.unique("审计导入");
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                new ArrayList<>(Arrays.asList(1, null, "2026-03-03", "村道", tag + " 护栏缺失", "物", "一般"))));
        Api.as("admin").contentType(ContentType.MULTIPART).multiPart("file", "march.xlsx", sheet, XLSX)
                .post(path + "/import").then().statusCode(200).body("created", equalTo(1));
        Response submitted = Api.as("admin").body(Map.of("version", 0, "nilReturn", false)).post(path + "/submit");
        submitted.then().statusCode(200);
        long ledgerId = submitted.jsonPath().getLong("id");
        Response returned = Api.as("admin").body(Map.of("version", submitted.jsonPath().getLong("version"),
                "reason", "请补充整改措施")).post(path + "/return");
        returned.then().statusCode(200);
        Response again = Api.as("admin").body(Map.of("version", returned.jsonPath().getLong("version"), "nilReturn", false))
                .post(path + "/submit");
        again.then().statusCode(200);
        Api.as("admin").body(Map.of("version", again.jsonPath().getLong("version"))).post(path + "/accept")
                .then().statusCode(200);

        long town = QuarkusTransaction.requiringNew().call(() -> Town.findByCode("500110109").orElseThrow().id);
        QuarkusTransaction.requiringNew().run(() -> {
            List<AuditEntryDto> ledger = audit.entries(MonthlyLedger.class, ledgerId);
            // the import opens the month's ledger as a draft, so that a submission cannot slip in beside it
            assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"), ledger.stream().map(AuditEntryDto::action).toList());
            assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"),
                    ledger.stream().map(e -> toOf(e, "state")).toList());
            assertEquals("SUBMITTED", fromOf(ledger.get(4), "state"));
            assertTrue(ledger.stream().allMatch(e -> e.actor().equals("admin") && e.at().equals(PINNED)), ledger.toString());
            List<Revision> revisions = audit.revisions(MonthlyLedger.class, AuditEntity.id().eq(ledgerId));
            assertTrue(revisions.stream().allMatch(r -> r.info().townId == town), "the caller's town");
            // each submission is its own audited version, and its lines are audited with it
            List<Revision> submissions = audit.revisions(com.anjian.ledger.LedgerSubmission.class,
                    AuditEntity.relatedId("ledger").eq(ledgerId));
            assertEquals(List.of(1, 2), submissions.stream().map(r -> r.state().get("no")).toList());
            assertTrue(submissions.stream().allMatch(r -> r.type() == RevisionType.ADD && "admin".equals(r.info().actor)));
            for (Revision submission : submissions) {
                assertEquals(1, audit.revisions(com.anjian.ledger.LedgerLine.class,
                                AuditEntity.revisionNumber().eq(submission.info().id)).stream()
                        .filter(r -> r.type() == RevisionType.ADD).count(), "one line per submission");
            }
            // the ledger's history — the return with its reason, the acceptance — is audited as it is written
            List<Revision> events = audit.revisions(com.anjian.ledger.LedgerEvent.class, AuditEntity.property("unitId").eq(village));
            assertEquals(List.of("IMPORT", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT"),
                    events.stream().map(r -> String.valueOf(r.state().get("action"))).toList());
            assertEquals("请补充整改措施", events.get(2).state().get("detail"));
            assertTrue(events.stream().allMatch(r -> r.info().at.equals(PINNED) && r.info().townId == town));

            List<Revision> imports = audit.revisions(LedgerImport.class, AuditEntity.property("unitId").eq(village));
            assertEquals(1, imports.size());
            Revision imported = imports.get(0);
            assertEquals(RevisionType.ADD, imported.type());
            assertEquals("admin", imported.info().actor);
            assertEquals(town, imported.info().townId);
            assertEquals(PINNED, imported.info().at);
            assertEquals("march.xlsx", imported.state().get("filename"));
            assertEquals(1, imported.state().get("rowsCreated"));
            // the hazard the import created is part of the same change
            List<Revision> hazards = audit.revisions(Hazard.class, AuditEntity.revisionNumber().eq(imported.info().id));
            assertEquals(1, hazards.size());
            assertEquals(tag + " 护栏缺失", hazards.get(0).state().get("description"));
        });
    }

    @Test
    void historiesStillShowTheEntriesWrittenBeforeAndTheirIdsStayUnique() {
        Response created = Fixtures.createOffice(Fixtures.unique("旧审计办"));
        long id = created.jsonPath().getLong("id");
        long town = created.jsonPath().getLong("townId");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO audit_event"
                        + " (town_id, entity_type, entity_id, action, actor, at, changes) VALUES (?1, 'unit', ?2, 'UPDATE',"
                        + " 'admin', '2020-01-02 03:04:05', '[{\"field\":\"name\",\"from\":\"旧名\",\"to\":\"新名\"}]')")
                .setParameter(1, town).setParameter(2, id).executeUpdate());

        Response history = Api.as("admin").get("/api/v1/units/" + id + "/history");
        history.then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[1].action", equalTo("UPDATE"))
                .body("items[1].at", equalTo("2020-01-02T03:04:05Z"))
                .body("items[1].changes[0].field", equalTo("name"))
                .body("items[1].changes[0].from", equalTo("旧名"));
        Set<Object> ids = new HashSet<>(history.jsonPath().getList("items.id"));
        assertEquals(2, ids.size(), "entry ids are unique across both sources");
    }

    private static Object toOf(AuditEntryDto entry, String field) {
        return entry.changes().stream().filter(c -> c.field().equals(field)).findFirst()
                .map(AuditEntryDto.FieldChange::to).orElse(null);
    }

    private static Object fromOf(AuditEntryDto entry, String field) {
        return entry.changes().stream().filter(c -> c.field().equals(field)).findFirst()
                .map(AuditEntryDto.FieldChange::from).orElse(null);
    }
}
