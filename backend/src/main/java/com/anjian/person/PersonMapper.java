package com.anjian.person;

import java.util.LinkedHashMap;
import java.util.Map;

/** Person entity to wire and audit representations. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonDto toDto(Person person) {
        return new PersonDto(person.id, person.unit.id, person.unit.name, person.name, person.position, person.phone,
                person.login, person.active, person.version, person.createdAt, person.updatedAt);
    }

    public static Map<String, Object> auditSnapshot(Person person) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("unitId", person.unit.id);
        snapshot.put("name", person.name);
        snapshot.put("position", person.position);
        snapshot.put("phone", person.phone);
        snapshot.put("login", person.login);
        snapshot.put("active", person.active);
        return snapshot;
    }
}
