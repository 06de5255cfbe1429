package com.anjian.hostile;

import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Contract;
import com.anjian.support.DatabaseFingerprint;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.HostileRequests;
import com.anjian.support.Inspections;
import com.anjian.support.HostileRequests.Case;
import com.anjian.support.HostileRequests.Expect;
import com.anjian.support.RawHttp;
import com.anjian.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.sql.DataSource;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 D2: for every operation of openapi.yaml, requests generated to be invalid (wrong JSON
 * types, nulls in arrays, out-of-range numbers and dates, unknown enum values, oversized strings,
 * malformed JSON and multipart, bad paging and path values, an oversized body) are answered 4xx
 * with application/problem+json and write nothing. They run as the town admin with real ids, so
 * that validation, not a 404, is what must answer; a few run as other roles too. A new operation
 * gets its cases from the contract; one whose input this suite cannot break fails it.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final long OVER_THE_BODY_LIMIT = 31L * 1024 * 1024;
    /** Other callers, each sent the first cases of every operation. */
    private static final List<String> OTHER_ROLES = List.of("officer", "leader", "officehead", "#integration");
    private static final int CASES_PER_OTHER_ROLE = 4;

    @Inject
    DataSource dataSource;

    private Ids ids;

    /** Real records the town admin may see, created once. */
    private record Ids(long hazard, long village, long person, long attachment, long notification, String period,
                       long checklist, long inspection, long plan, long planItem, long campaign, long enforcementCase) {
    }

    private Ids ids() {
        if (ids == null) {
            long hazard = Hazards.id(Hazards.reportGasHazard());
            long person = Api.as("admin").get("/api/v1/people").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
            List<Long> notifications = Api.as("admin").get("/api/v1/notifications").jsonPath().getList("items.id", Long.class);
            long checklist = Inspections.checklist("admin", null, "FIRE", 2);
            long inspection = Inspections.start("admin", Fixtures.unitId("应急办"), Fixtures.unitId("白云寺村"), checklist);
            io.restassured.path.json.JsonPath plan = Inspections.plan("admin", Fixtures.unitId("应急办"));
            ids = new Ids(hazard, Fixtures.unitId("白云寺村"), person, Hazards.photo("admin"),
                    notifications.isEmpty() ? 1 : notifications.get(0),
                    YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString(), checklist, inspection,
                    plan.getLong("id"), plan.getLong("items[0].id"), Inspections.campaign("admin", Fixtures.unitId("应急办")),
                    Cases.opened(Cases.violationAtBaiyunsi()));
        }
        return ids;
    }

    private final HostileRequests.Valid valid = new HostileRequests.Valid() {
        @Override
        public String pathValue(Contract.Operation operation, String parameter) {
            Ids known = ids();
            return switch (parameter) {
                case "unitId" -> String.valueOf(known.village());
                case "period" -> known.period();
                case "no", "itemNo" -> "1";
                case "itemId" -> String.valueOf(known.planItem());
                case "kind" -> "ON_SITE_RECORD";
                case "id" -> String.valueOf(idUnder(operation.path(), known));
                default -> throw new IllegalStateException(operation + ": give HostileInputTest a valid value of path parameter "
                        + parameter);
            };
        }

        @Override
        public JsonNode bodyValue(Contract.Operation operation, String field, JsonNode schema) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (field) {
                case "unitId", "responsibleUnitId" -> nodes.numberNode(ids().village());
                case "sectorCode" -> nodes.textNode("GAS");
                case "sectors" -> nodes.arrayNode().add("FIRE");
                case "ownerUnitId" -> nodes.nullNode();
                case "inspectingUnitId" -> nodes.numberNode(Fixtures.unitId("应急办"));
                case "inspectedUnitId" -> nodes.numberNode(ids().village());
                case "checklistId" -> nodes.numberNode(ids().checklist());
                case "planItemId", "campaignId" -> nodes.nullNode();
                case "targetUnitId" -> nodes.numberNode(ids().village());
                case "leadingUnitId" -> nodes.numberNode(Fixtures.unitId("应急办"));
                case "participatingUnitIds" -> nodes.arrayNode().add(ids().village());
                default -> null;
            };
        }
    };

    private static long idUnder(String path, Ids known) {
        if (path.startsWith("/api/v1/hazards/")) {
            return known.hazard();
        }
        if (path.startsWith("/api/v1/units/")) {
            return known.village();
        }
        if (path.startsWith("/api/v1/people/")) {
            return known.person();
        }
        if (path.startsWith("/api/v1/attachments/")) {
            return known.attachment();
        }
        if (path.startsWith("/api/v1/notifications/")) {
            return known.notification();
        }
        if (path.startsWith("/api/v1/checklists/")) {
            return known.checklist();
        }
        if (path.startsWith("/api/v1/inspections/")) {
            return known.inspection();
        }
        if (path.startsWith("/api/v1/inspection-plans/")) {
            return known.plan();
        }
        if (path.startsWith("/api/v1/campaigns/")) {
            return known.campaign();
        }
        if (path.startsWith("/api/v1/enforcement-cases/")) {
            return known.enforcementCase();
        }
        throw new IllegalStateException("give HostileInputTest a valid {id} under " + path);
    }

    @Test
    void everyOperationOfTheContractGetsCasesThatBreakItsInput() {
        List<Contract.Operation> operations = Contract.operations();
        assertTrue(operations.size() >= 30, "the contract lists the operations: " + operations.size());
        for (Contract.Operation operation : operations) {
            List<Case> cases = HostileRequests.of(operation, valid);
            assertFalse(cases.isEmpty(), operation + " has no cases");
            boolean hasInput = !operation.parameters().isEmpty() || operation.hasBody();
            assertTrue(!hasInput || cases.stream().anyMatch(c -> c.expect() != Expect.TOO_LARGE),
                    operation + " has input but no case breaks it");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputAndWritesNothing() {
        return Contract.operations().stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            List<Case> cases = HostileRequests.of(operation, valid);
            Map<String, String> before = DatabaseFingerprint.of(dataSource);
            List<String> failures = new ArrayList<>();
            for (Case hostile : cases) {
                check(hostile, "admin", true, failures);
            }
            for (String user : OTHER_ROLES) {
                for (Case hostile : cases.subList(0, Math.min(CASES_PER_OTHER_ROLE, cases.size()))) {
                    check(hostile, user, false, failures);
                }
            }
            Map<String, String> after = DatabaseFingerprint.of(dataSource);
            before.forEach((table, fingerprint) -> {
                if (!fingerprint.equals(after.get(table))) {
                    failures.add("wrote to " + table + ": " + fingerprint + " -> " + after.get(table));
                }
            });
            assertTrue(failures.isEmpty(), operation + ": " + failures.size() + " failures (" + cases.size()
                    + " cases as the town admin, the first " + CASES_PER_OTHER_ROLE + " also as " + OTHER_ROLES + "):\n  "
                    + String.join("\n  ", failures));
        }));
    }

    private static String token(String user) {
        return user.equals("#integration") ? Tokens.integration() : Tokens.of(user);
    }

    private static void check(Case hostile, String user, boolean privileged, List<String> failures) {
        String who = hostile + " as " + user + ": ";
        try {
            if (hostile.expect() == Expect.TOO_LARGE) {
                RawHttp.Answer answer = RawHttp.declaringLength(hostile.method(), hostile.url(), token(user), null, OVER_THE_BODY_LIMIT);
                if (answer.status() != 413 || answer.header("Content-Type") == null || !answer.header("Content-Type").startsWith(PROBLEM)) {
                    failures.add(who + answer.status() + " " + answer.header("Content-Type"));
                }
                return;
            }
            RequestSpecification request = RestAssured.given().filter(Api.contract()).urlEncodingEnabled(false)
                    .auth().oauth2(token(user)).accept("*/*");
            if (hostile.contentType() != null) {
                request.contentType(hostile.contentType()).body(hostile.body());
            }
            Response response = request.request(hostile.method(), hostile.url());
            int status = response.statusCode();
            String type = response.contentType();
            if (status < 400 || status >= 500 || type == null || !type.startsWith(PROBLEM)) {
                failures.add(who + status + " " + type + " " + abbreviate(response.asString()));
                return;
            }
            if (!privileged) {
                return;
            }
            if (hostile.expect() == Expect.BAD_REQUEST && status != 400) {
                failures.add(who + "expected 400, got " + status + " " + abbreviate(response.asString()));
            }
            if (hostile.expect() == Expect.FIELD_NAMED) {
                List<String> fields = status == 400 ? response.jsonPath().getList("errors.field", String.class) : null;
                boolean named = fields != null && fields.stream().anyMatch(field -> field.equals(hostile.field())
                        || field.startsWith(hostile.field() + "[") || field.startsWith(hostile.field() + "."));
                if (!named) {
                    failures.add(who + "expected 400 naming " + hostile.field() + ", got " + status + " "
                            + abbreviate(response.asString()));
                }
            }
        } catch (RuntimeException | AssertionError e) {
            failures.add(who + e.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(e.getMessage())));
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
