package com.anjian.unit;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.town.Town;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UnitResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void townAdminCreatesUnitWith201AndLocation() {
        String name = Fixtures.unique("安全办");
        Response created = Api.as("admin").body(Fixtures.officeInput(name)).post("/api/v1/units");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("name", equalTo(name))
                .body("kind", equalTo("OFFICE"))
                .body("sectors", containsInAnyOrder("FIRE", "GAS"))
                .body("version", equalTo(0))
                .body("active", equalTo(true));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/units/" + id));

        Api.as("officer").get(created.header("Location")).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void villageOfficerCannotCreateUnitAndNothingIsWritten() {
        String name = Fixtures.unique("越权单位");
        Api.as("officer").body(Fixtures.officeInput(name)).post("/api/v1/units")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        Api.as("admin").queryParam("q", name).get("/api/v1/units").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyTownAdminsCreateOrEditUnits() {
        long id = Fixtures.createOffice(Fixtures.unique("权限办")).jsonPath().getLong("id");
        for (String user : List.of("leader", "officehead", "officer")) {
            Api.as(user).body(Fixtures.officeInput(Fixtures.unique("x"))).post("/api/v1/units").then().statusCode(403);
            Map<String, Object> edit = Fixtures.officeInput(Fixtures.unique("改名"));
            edit.put("version", 0);
            Api.as(user).body(edit).put("/api/v1/units/" + id).then().statusCode(403);
            Api.as(user).get("/api/v1/units/" + id + "/history").then().statusCode(403);
        }
        Api.asIntegration().body(Fixtures.officeInput(Fixtures.unique("x"))).post("/api/v1/units").then().statusCode(403);
    }

    @Test
    void everySignedInUserReadsTheTownsUnits() {
        for (String user : List.of("admin", "leader", "officehead", "officehead2", "officer", "officer2")) {
            Api.as(user).get("/api/v1/units").then().statusCode(200)
                    .body("total", equalTo((int) com.anjian.support.Db.count("SELECT COUNT(*) FROM unit WHERE town_id = ?", demoTownId())))
                    .body("items.townId", everyItem(equalTo(demoTownId().intValue())));
        }
        Api.asIntegration().get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo((int) com.anjian.support.Db.count("SELECT COUNT(*) FROM unit WHERE town_id = ?", demoTownId())));
    }

    @Test
    void withoutTokenTheApiAnswers401Problem() {
        Api.anonymous().get("/api/v1/units").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        Api.anonymous().body(Fixtures.officeInput("x")).post("/api/v1/units").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void invalidBodyGets400NamingEachFieldAndWritesNothing() {
        Api.as("admin").body(Map.of("name", " ", "code", "1234567890123456789"))
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", containsInAnyOrder("kind", "name", "code"));

        String name = Fixtures.unique("村");
        Api.as("admin").body(Map.of("kind", "VILLAGE", "name", name, "code", "12345",
                        "enforcementPowers", true, "sectors", List.of("NO_SUCH_SECTOR")))
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("code", "enforcementPowers", "sectors"));
        Api.as("admin").queryParam("q", name).get("/api/v1/units").then().body("total", equalTo(0));
    }

    @Test
    void wrongJsonTypesAndUnknownEnumsName400Fields() {
        Api.as("admin").body("{\"kind\":\"CASTLE\",\"name\":\"x\"}").post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        Api.as("admin").body("{\"kind\":\"OFFICE\",\"name\":\"x\",\"enforcementPowers\":\"maybe\"}").post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("enforcementPowers"));
        Api.as("admin").body("{not json").post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("/problems/malformed-request"));
    }

    @Test
    void villagesNeedADivisionCodeOfTheirTown() {
        Api.as("admin").body(Map.of("kind", "VILLAGE", "name", Fixtures.unique("无码村")))
                .post("/api/v1/units").then().statusCode(400).body("errors.field", hasItem("code"));
        Api.as("admin").body(Map.of("kind", "VILLAGE", "name", Fixtures.unique("外镇村"), "code", "110101001001"))
                .post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].message", containsString("500110109"));
        Api.as("admin").body(Map.of("kind", "VILLAGE", "name", Fixtures.unique("新村"), "code", freeVillageCode()))
                .post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void enterprisesNeedAValidCreditCode() {
        String valid = UnitCodes.withCheckCharacter("91500110MA" + Long.toString(System.nanoTime() % 10_000_000L + 10_000_000L).substring(1));
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Api.as("admin").body(Map.of("kind", "ENTERPRISE", "name", Fixtures.unique("企业"), "code", wrongCheck))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", equalTo("code"));
        Api.as("admin").body(Map.of("kind", "ENTERPRISE", "name", Fixtures.unique("企业"), "code", valid.toLowerCase()))
                .post("/api/v1/units").then().statusCode(201).body("code", equalTo(valid));
    }

    @Test
    void duplicateNameInTheTownGets409() {
        String name = Fixtures.unique("重名办");
        Fixtures.createOffice(name);
        Api.as("admin").body(Fixtures.officeInput(name)).post("/api/v1/units")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/duplicate")).body("errors[0].field", equalTo("name"));
    }

    @Test
    void staleUpdateGets409AndChangesNothing() {
        Response created = Fixtures.createOffice(Fixtures.unique("版本办"));
        long id = created.jsonPath().getLong("id");
        Map<String, Object> first = Fixtures.officeInput(Fixtures.unique("版本办新"));
        first.put("version", 0);
        Api.as("admin").body(first).put("/api/v1/units/" + id).then().statusCode(200).body("version", equalTo(1));

        Map<String, Object> stale = Fixtures.officeInput(Fixtures.unique("过期"));
        stale.put("version", 0);
        Api.as("admin").body(stale).put("/api/v1/units/" + id)
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("/problems/stale-version"));
        Api.as("admin").get("/api/v1/units/" + id).then().body("name", equalTo(first.get("name"))).body("version", equalTo(1));
    }

    @Test
    void updateWithoutVersionIsRejected() {
        long id = Fixtures.createOffice(Fixtures.unique("无版本")).jsonPath().getLong("id");
        Api.as("admin").body(Fixtures.officeInput(Fixtures.unique("无版本新"))).put("/api/v1/units/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void twoAdminsSavingTheSameVersionAtOnceOneWinsTheOtherGets409() throws Exception {
        long id = Fixtures.createOffice(Fixtures.unique("并发办")).jsonPath().getLong("id");
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> body = Fixtures.officeInput(Fixtures.unique("并发写"));
            body.put("version", 0);
            Callable<Integer> save = () -> {
                start.await();
                return Api.as("admin").body(body).put("/api/v1/units/" + id).statusCode();
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one save wins: " + statuses);
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 409).count(), "the others get 409: " + statuses);
        Api.as("admin").get("/api/v1/units/" + id).then().body("version", equalTo(1));
    }

    @Test
    void historyRecordsWhoChangedWhatAndWhen() {
        Response created = Fixtures.createOffice(Fixtures.unique("审计办"));
        long id = created.jsonPath().getLong("id");
        Map<String, Object> edit = Fixtures.officeInput(created.jsonPath().getString("name"));
        edit.put("version", 0);
        edit.put("enforcementPowers", false);
        edit.put("sectors", List.of("FIRE"));
        Api.as("admin").body(edit).put("/api/v1/units/" + id).then().statusCode(200);

        Api.as("admin").get("/api/v1/units/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].changes.field", containsInAnyOrder("enforcementPowers", "sectors"))
                .body("items[0].changes.find { it.field == 'enforcementPowers' }.from", equalTo(true))
                .body("items[0].changes.find { it.field == 'enforcementPowers' }.to", equalTo(false))
                .body("items[1].action", equalTo("CREATE"));
    }

    @Test
    void theDocumentPrefixIsSetByTownAdminsKeptWhenLeftOutRemovedWhenEmptyAndAudited() {
        Response created = Fixtures.createOffice(Fixtures.unique("文书前缀办"));
        long id = created.jsonPath().getLong("id");
        created.then().body("documentPrefix", equalTo(null));
        Map<String, Object> edit = Fixtures.officeInput(created.jsonPath().getString("name"));
        edit.put("version", 0);
        edit.put("documentPrefix", " 东溪安监 ");
        Api.as("admin").body(edit).put("/api/v1/units/" + id).then().statusCode(200).body("documentPrefix", equalTo("东溪安监"));

        edit.remove("documentPrefix");
        edit.put("version", 1);
        edit.put("sectors", List.of("FIRE"));
        Api.as("admin").body(edit).put("/api/v1/units/" + id).then().statusCode(200).body("documentPrefix", equalTo("东溪安监"));

        edit.put("documentPrefix", "");
        edit.put("version", 2);
        Api.as("admin").body(edit).put("/api/v1/units/" + id).then().statusCode(200).body("documentPrefix", equalTo(null));

        edit.put("documentPrefix", "东溪安监");
        edit.put("version", 3);
        Api.as("officehead").body(edit).put("/api/v1/units/" + id).then().statusCode(403);
        Api.as("admin").get("/api/v1/units/" + id).then().body("documentPrefix", equalTo(null)).body("version", equalTo(3));

        Api.as("admin").get("/api/v1/units/" + id + "/history").then().statusCode(200)
                .body("items[0].changes.field", containsInAnyOrder("documentPrefix"))
                .body("items[0].changes[0].from", equalTo("东溪安监"))
                .body("items[0].changes[0].to", equalTo(null))
                .body("items[2].changes.field", containsInAnyOrder("documentPrefix"))
                .body("items[2].changes[0].to", equalTo("东溪安监"));
    }

    @Test
    void twoUnitsOfTheTownCannotNumberTheirDocumentsWithOnePrefix() {
        String prefix = "前缀" + Fixtures.unique("").replaceAll("[^0-9a-z]", "");
        Map<String, Object> first = Fixtures.officeInput(Fixtures.unique("前缀甲办"));
        first.put("documentPrefix", prefix);
        Api.as("admin").body(first).post("/api/v1/units").then().statusCode(201).body("documentPrefix", equalTo(prefix));
        Response second = Fixtures.createOffice(Fixtures.unique("前缀乙办"));
        Map<String, Object> edit = Fixtures.officeInput(second.jsonPath().getString("name"));
        edit.put("version", 0);
        edit.put("documentPrefix", prefix);
        Api.as("admin").body(edit).put("/api/v1/units/" + second.jsonPath().getLong("id")).then().statusCode(409).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("documentPrefix"));
    }

    @Test
    void aDocumentPrefixWithBlanksOrPunctuationOrTooLongGets400NamingIt() {
        Response created = Fixtures.createOffice(Fixtures.unique("文书前缀办"));
        long id = created.jsonPath().getLong("id");
        Map<String, Object> edit = Fixtures.officeInput(created.jsonPath().getString("name"));
        edit.put("version", 0);
        for (String bad : List.of("东溪 经发", "东溪〔经发〕", "东溪-经发", "一二三四五六七八九十一二三四五六七八九十一")) {
            edit.put("documentPrefix", bad);
            Api.as("admin").body(edit).put("/api/v1/units/" + id).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("documentPrefix"));
        }
        Api.as("admin").get("/api/v1/units/" + id).then().body("documentPrefix", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void aNoOpUpdateChangesNothingSoAnotherEditorWithTheSameVersionCanStillSave() {
        Response created = Fixtures.createOffice(Fixtures.unique("无改动办"));
        long id = created.jsonPath().getLong("id");
        // as stored (the database keeps fewer fractional digits than the clock has)
        String updatedAt = Api.as("admin").get("/api/v1/units/" + id).jsonPath().getString("updatedAt");
        Map<String, Object> same = Fixtures.officeInput(created.jsonPath().getString("name"));
        // the same sectors in another order and the same name with blanks around it are the same values
        same.put("sectors", List.of("GAS", "FIRE"));
        same.put("name", " " + created.jsonPath().getString("name") + " ");
        same.put("version", 0);
        Api.as("admin").body(same).put("/api/v1/units/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("updatedAt", equalTo(updatedAt));
        Api.as("admin").get("/api/v1/units/" + id).then().body("version", equalTo(0)).body("updatedAt", equalTo(updatedAt));
        Api.as("admin").get("/api/v1/units/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"));

        Map<String, Object> other = Fixtures.officeInput(Fixtures.unique("另一人改名"));
        other.put("version", 0);
        Api.as("admin").body(other).put("/api/v1/units/" + id).then().statusCode(200).body("version", equalTo(1));
        Api.as("admin").get("/api/v1/units/" + id + "/history").then().body("total", equalTo(2))
                .body("items[0].changes.field", containsInAnyOrder("name"));
    }

    @Test
    void listPagesFiltersAndSorts() {
        Api.as("admin").queryParam("size", 2).queryParam("page", 2).queryParam("sort", "name").get("/api/v1/units")
                .then().statusCode(200).body("items", hasSize(2)).body("page", equalTo(2)).body("size", equalTo(2));
        Api.as("admin").queryParam("kind", "VILLAGE").get("/api/v1/units")
                .then().statusCode(200).body("items.kind", everyItem(equalTo("VILLAGE")))
                .body("items.name", hasItem("白云寺村"));
        Api.as("admin").queryParam("sector", "GEOLOGICAL_HAZARD").queryParam("enforcementPowers", true).get("/api/v1/units")
                .then().statusCode(200).body("items.name", hasItem("规划自然资源所"))
                .body("items.enforcementPowers", everyItem(equalTo(true)));
        Api.as("admin").queryParam("q", "白云").get("/api/v1/units")
                .then().statusCode(200).body("items.name", hasItem("白云寺村")).body("items.name", not(hasItem("一居")));
        List<String> descending = Api.as("admin").queryParam("sort", "-code").queryParam("kind", "COMMUNITY")
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(descending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);
    }

    @Test
    void badPagingOrSortingGets400NamingTheParameter() {
        Api.as("admin").queryParam("size", 1000).get("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        Api.as("admin").queryParam("sort", "password").get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.as("admin").queryParam("kind", "CASTLE").get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        Api.as("admin").header("Accept-Language", "en-US,en;q=0.9").body(Map.of("kind", "OFFICE"))
                .post("/api/v1/units").then().statusCode(400)
                .header("Content-Language", equalTo("en"))
                .body("title", equalTo("Some fields are invalid"))
                .body("errors[0].message", equalTo("Required"));
        Api.as("admin").header("Accept-Language", "zh-CN").body(Map.of("kind", "OFFICE"))
                .post("/api/v1/units").then().statusCode(400)
                .body("title", equalTo("提交的内容有误"))
                .body("errors[0].message", equalTo("必填"));
    }

    @Test
    void unitsOfAnotherTownAreInvisible() {
        long foreignUnit = QuarkusTransaction.requiringNew().call(() -> {
            Town other = new Town();
            other.code = String.valueOf(100_000_000 + (System.nanoTime() % 800_000_000L));
            other.name = "别的镇";
            other.districtName = "别的区";
            other.persist();
            Unit unit = new Unit();
            unit.town = other;
            unit.kind = UnitKind.OFFICE;
            unit.name = "别镇应急办";
            unit.createdAt = unit.updatedAt = Instant.now();
            unit.persist();
            return unit.id;
        });
        Api.as("admin").get("/api/v1/units/" + foreignUnit).then().statusCode(404).contentType(PROBLEM);
        Api.as("admin").queryParam("q", "别镇应急办").get("/api/v1/units").then().body("total", equalTo(0));
        Map<String, Object> edit = Fixtures.officeInput("抢占");
        edit.put("version", 0);
        Api.as("admin").body(edit).put("/api/v1/units/" + foreignUnit).then().statusCode(404);
    }

    private static Long demoTownId() {
        return QuarkusTransaction.requiringNew().call(() -> Town.findByCode("500110109").orElseThrow().id);
    }

    private static String freeVillageCode() {
        for (int candidate = 300 + (int) (System.nanoTime() % 600); ; candidate = 300 + (candidate + 7) % 700) {
            String code = "500110109" + candidate;
            if (Api.as("admin").queryParam("q", code).get("/api/v1/units").jsonPath().getInt("total") == 0) {
                return code;
            }
        }
    }
}
