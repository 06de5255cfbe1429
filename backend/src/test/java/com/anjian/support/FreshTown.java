package com.anjian.support;

import com.anjian.person.Person;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A town created just now, with nothing numbered yet: for tests of what happens when the first
 * numbers of a town are taken at once. Its admin ({@link #ADMIN}, an emergency-office head) and an
 * office head of its 经发办 (GAS) are two fixed Keycloak accounts whose person records move to the
 * newest such town: the previous town's people with those logins are unlinked (login cleared).
 */
public record FreshTown(long townId, String code, long emergencyOfficeId, long officeId, long villageId) {

    public static final String ADMIN = "race-admin";
    public static final String OFFICE_HEAD = "race-head";

    public static FreshTown create() {
        KeycloakAdmin.ensureUser(ADMIN, "town-admin", "赛", "管理");
        KeycloakAdmin.ensureUser(OFFICE_HEAD, "office-head", "赛", "主任");
        String code = freeCode();
        long[] seed = QuarkusTransaction.requiringNew().call(() -> {
            Person.update("login = null where login in ?1", List.of(ADMIN, OFFICE_HEAD));
            Town town = new Town();
            town.code = code;
            town.name = "新镇" + code.substring(6);
            town.districtName = "綦江区";
            town.persist();
            Unit office = new Unit();
            office.town = town;
            office.kind = UnitKind.OFFICE;
            office.name = "应急办";
            office.enforcementPowers = true;
            office.persist();
            Person admin = new Person();
            admin.unit = office;
            admin.name = "赛管理";
            admin.position = "应急办主任";
            admin.login = ADMIN;
            admin.persist();
            return new long[]{town.id, office.id};
        });
        long officeId = Api.as(ADMIN).body(Map.of("kind", "OFFICE", "name", "经发办", "enforcementPowers", true,
                "sectors", List.of("GAS"))).post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        long villageId = Api.as(ADMIN).body(Map.of("kind", "VILLAGE", "name", "新村", "code", code + "201"))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ADMIN).body(Map.of("unitId", officeId, "name", "赛主任", "login", OFFICE_HEAD))
                .post("/api/v1/people").then().statusCode(201);
        return new FreshTown(seed[0], code, seed[1], officeId, villageId);
    }

    /** A nine-digit town code no town has yet. */
    private static String freeCode() {
        while (true) {
            String code = "5009" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            if (Db.count("SELECT COUNT(*) FROM town WHERE code = ?", code) == 0) {
                return code;
            }
        }
    }
}
