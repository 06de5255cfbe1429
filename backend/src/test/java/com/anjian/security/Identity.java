package com.anjian.security;

import com.anjian.support.Api;
import com.anjian.support.BadTokens;
import com.anjian.support.SecondTown;
import com.anjian.support.StrayAccounts;
import com.anjian.support.Tokens;
import io.restassured.specification.RequestSpecification;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The callers of the authorisation matrix, one per column of authorization-matrix.txt. Each knows its
 * token, its town, its unit (by name) and the "other" unit of its town, and which side of the town's
 * hazards it stands on (see the table's legend).
 */
enum Identity {

    ADMIN("admin", Kind.TOWN_ADMIN, MatrixWorld.TOWN_A, "admin", "应急办", "一居", 1),
    LEADER("leader", Kind.LEADER, MatrixWorld.TOWN_A, "leader", "党政办公室", "一居", 1),
    OFFICE_HEAD("ohead", Kind.OFFICE_HEAD, MatrixWorld.TOWN_A, "officehead", "经发办", "规划自然资源所", 1),
    OFFICE_HEAD2("ohead2", Kind.OFFICE_HEAD, MatrixWorld.TOWN_A, "officehead2", "规划自然资源所", "经发办", 2),
    OFFICER("officer", Kind.VILLAGE_OFFICER, MatrixWorld.TOWN_A, "officer", "白云寺村", "一居", 1),
    OFFICER2("officer2", Kind.VILLAGE_OFFICER, MatrixWorld.TOWN_A, "officer2", "一居", "白云寺村", 2),
    INTEGRATION("integ", Kind.CLIENT, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    UNLINKED("unlinked", Kind.STRAY, MatrixWorld.TOWN_A, StrayAccounts.UNLINKED, "白云寺村", "一居", 1),
    DEACTIVATED("retired", Kind.STRAY, MatrixWorld.TOWN_A, StrayAccounts.DEACTIVATED, "应急办", "一居", 1),
    ANONYMOUS("anon", Kind.UNAUTHENTICATED, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    EXPIRED("expired", Kind.UNAUTHENTICATED, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    BAD_SIGNATURE("badsig", Kind.UNAUTHENTICATED, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    ALG_NONE("algnone", Kind.UNAUTHENTICATED, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    OTHER_ISSUER("otheriss", Kind.UNAUTHENTICATED, MatrixWorld.TOWN_A, null, "白云寺村", "一居", 1),
    ADMIN_B("admin-b", Kind.TOWN_ADMIN, MatrixWorld.TOWN_B, SecondTown.ADMIN, SecondTown.EMERGENCY_OFFICE, SecondTown.VILLAGE2, 1),
    OFFICE_HEAD_B("ohead-b", Kind.OFFICE_HEAD, MatrixWorld.TOWN_B, SecondTown.OFFICE_HEAD, SecondTown.OFFICE, SecondTown.VILLAGE2, 1),
    OFFICER_B("officer-b", Kind.VILLAGE_OFFICER, MatrixWorld.TOWN_B, SecondTown.OFFICER, SecondTown.VILLAGE, SecondTown.VILLAGE2, 1);

    enum Kind {
        TOWN_ADMIN, LEADER, OFFICE_HEAD, VILLAGE_OFFICER, CLIENT, STRAY, UNAUTHENTICATED;

        boolean isPerson() {
            return this == TOWN_ADMIN || this == LEADER || this == OFFICE_HEAD || this == VILLAGE_OFFICER;
        }

        boolean isTownWide() {
            return this == TOWN_ADMIN || this == LEADER;
        }
    }

    final String column;
    final Kind kind;
    final String town;
    /** The Keycloak username, for people and stray accounts. */
    final String login;
    final String unitName;
    final String otherUnitName;
    final int side;

    Identity(String column, Kind kind, String town, String login, String unitName, String otherUnitName, int side) {
        this.column = column;
        this.kind = kind;
        this.town = town;
        this.login = login;
        this.unitName = unitName;
        this.otherUnitName = otherUnitName;
        this.side = side;
    }

    static Identity ofColumn(String column) {
        return Arrays.stream(values()).filter(i -> i.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown identity column " + column));
    }

    String otherTown() {
        return MatrixWorld.TOWN_A.equals(town) ? MatrixWorld.TOWN_B : MatrixWorld.TOWN_A;
    }

    /** A request as this caller, its response checked against the contract. */
    RequestSpecification request() {
        Supplier<String> token = switch (this) {
            case ANONYMOUS -> null;
            case INTEGRATION -> Tokens::integration;
            case EXPIRED -> BadTokens::expired;
            case BAD_SIGNATURE -> BadTokens::badSignature;
            case ALG_NONE -> BadTokens::algNone;
            case OTHER_ISSUER -> BadTokens::otherIssuer;
            default -> () -> Tokens.of(login);
        };
        return token == null ? Api.anonymous() : Api.anonymous().auth().oauth2(token.get());
    }
}
