package com.anjian.common.security;

import com.anjian.unit.UnitKind;

import java.util.Set;

/**
 * Who is calling and which data they may touch: the town, and for unit-scoped roles the unit.
 * Resolved once per request from the token and the server-side person (or API client) record.
 */
public record Caller(
        String username,
        Set<String> roles,
        Long personId,
        String personName,
        String position,
        Long unitId,
        String unitName,
        UnitKind unitKind,
        Long townId,
        String townCode,
        String townName) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isTownWide() {
        return is(Roles.TOWN_ADMIN) || is(Roles.LEADER);
    }

    public boolean isLinked() {
        return townId != null;
    }

    public String displayName() {
        return personName != null ? personName : username;
    }
}
