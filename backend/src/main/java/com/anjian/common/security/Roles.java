package com.anjian.common.security;

/** Realm roles of the Keycloak realm (keycloak/anjian-realm.json). */
public final class Roles {
    /** 镇应急办: administers the whole town. */
    public static final String TOWN_ADMIN = "town-admin";
    /** 镇领导: reads everything in the town. */
    public static final String LEADER = "leader";
    /** 办公室负责人: its own office and what is assigned to it. */
    public static final String OFFICE_HEAD = "office-head";
    /** 村（居）安全员: its own village only. */
    public static final String VILLAGE_OFFICER = "village-officer";
    /** Machine clients pulling statistics. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
