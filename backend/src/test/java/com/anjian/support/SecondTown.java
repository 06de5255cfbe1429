package com.anjian.support;

import com.anjian.person.Person;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second town (石角镇) beside the demo town, so tests can check that nothing crosses between towns.
 * There is no API to create towns, so the town, its emergency office and that office's head are
 * written to the database directly; everything else (offices, villages, people) is created through
 * the API as that town's admin, the way a real town would be set up. Its accounts are created in the
 * test Keycloak. Idempotent: a second call, or a later run on the same database and Keycloak, finds
 * what is there and creates only what is missing.
 *
 * <p>Shaped like the demo town's two "sides": 经发办 supervises GAS (like the demo 经发办), 石角村 has a
 * village officer, and 新华村 another, so a test can take a hazard of one village through the loop
 * without anyone of the other village or the office seeing it.
 */
public record SecondTown(long townId, long emergencyOfficeId, long officeId, long villageId, long village2Id,
                         long adminPersonId, long officeHeadPersonId, long officerPersonId, long officer2PersonId) {

    public static final String CODE = "500110198";
    public static final String NAME = "石角镇";
    /** Logins (password {@link Tokens#PASSWORD}). */
    public static final String ADMIN = "t2-admin";
    public static final String OFFICE_HEAD = "t2-officehead";
    public static final String OFFICER = "t2-officer";
    public static final String OFFICER2 = "t2-officer2";

    public static final String EMERGENCY_OFFICE = "应急办";
    public static final String OFFICE = "经发办";
    public static final String VILLAGE = "石角村";
    public static final String VILLAGE2 = "新华村";

    private static SecondTown cached;

    public static synchronized SecondTown ensure() {
        if (cached != null) {
            return cached;
        }
        KeycloakAdmin.ensureUser(ADMIN, "town-admin", "李", "强");
        KeycloakAdmin.ensureUser(OFFICE_HEAD, "office-head", "钱", "进");
        KeycloakAdmin.ensureUser(OFFICER, "village-officer", "吴", "刚");
        KeycloakAdmin.ensureUser(OFFICER2, "village-officer", "郑", "芳");

        long[] seed = QuarkusTransaction.requiringNew().call(() -> {
            Town town = Town.findByCode(CODE).orElseGet(() -> {
                Town created = new Town();
                created.code = CODE;
                created.name = NAME;
                created.districtName = "綦江区";
                created.persist();
                return created;
            });
            Unit office = Unit.<Unit>find("town.id = ?1 and name = ?2", town.id, EMERGENCY_OFFICE).firstResultOptional()
                    .orElseGet(() -> {
                        Unit created = new Unit();
                        created.town = town;
                        created.kind = UnitKind.OFFICE;
                        created.name = EMERGENCY_OFFICE;
                        created.enforcementPowers = true;
                        created.sectors.addAll(Set.of("FIRE", "HAZARDOUS_CHEMICALS"));
                        created.persist();
                        return created;
                    });
            Person admin = Person.<Person>find("login", ADMIN).firstResultOptional().orElseGet(() -> {
                Person created = new Person();
                created.unit = office;
                created.name = "李强";
                created.position = "应急办主任";
                created.login = ADMIN;
                created.persist();
                return created;
            });
            if (!admin.active || !admin.unit.id.equals(office.id)) {
                throw new IllegalStateException(ADMIN + " is no longer the active head of " + NAME + "'s emergency office");
            }
            return new long[]{town.id, office.id, admin.id};
        });
        long townId = seed[0];
        long officeId = unit(townId, Map.of("kind", "OFFICE", "name", OFFICE, "enforcementPowers", true,
                "sectors", List.of("INDUSTRY_TRADE", "SPECIAL_EQUIPMENT", "GAS")));
        long villageId = unit(townId, Map.of("kind", "VILLAGE", "name", VILLAGE, "code", CODE + "201"));
        long village2Id = unit(townId, Map.of("kind", "VILLAGE", "name", VILLAGE2, "code", CODE + "202"));
        cached = new SecondTown(townId, seed[1], officeId, villageId, village2Id, seed[2],
                person(officeId, "钱进", "经发办主任", OFFICE_HEAD),
                person(villageId, "吴刚", "村安全员", OFFICER),
                person(village2Id, "郑芳", "村安全员", OFFICER2));
        return cached;
    }

    /** A unit of the town by name, created through the API by the town's admin when missing. */
    private static long unit(long townId, Map<String, Object> input) {
        List<Long> found = Db.longs("SELECT id FROM unit WHERE town_id = ? AND name = ?", townId, input.get("name"));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Response created = Api.as(ADMIN).body(input).post("/api/v1/units");
        created.then().statusCode(201);
        return created.jsonPath().getLong("id");
    }

    /** The person with this login, created through the API by the town's admin when missing. */
    private static long person(long unitId, String name, String position, String login) {
        List<Long> found = Db.longs("SELECT id FROM person WHERE login = ?", login);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Map<String, Object> input = new HashMap<>(Map.of("unitId", unitId, "name", name, "position", position, "login", login));
        Response created = Api.as(ADMIN).body(input).post("/api/v1/people");
        created.then().statusCode(201);
        return created.jsonPath().getLong("id");
    }
}
