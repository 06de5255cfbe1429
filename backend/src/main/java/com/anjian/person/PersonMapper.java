package com.anjian.person;

/** Person entity to wire representation. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonDto toDto(Person person) {
        return new PersonDto(person.id, person.unit.id, person.unit.name, person.name, person.position, person.phone,
                person.login, person.active, person.version, person.createdAt, person.updatedAt);
    }
}
