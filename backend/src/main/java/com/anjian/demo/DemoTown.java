package com.anjian.demo;

/**
 * Which town the demo data makes: the demo town itself (东溪镇, the logins of
 * keycloak/anjian-realm.json), or a copy under another code and name whose logins carry a suffix,
 * so a test can make the whole town again beside the real one without their logins colliding.
 *
 * @param code        the town's 9-digit division code (its villages' codes start with it)
 * @param name        the town's name
 * @param loginSuffix appended to every demo login (empty for the demo town)
 */
public record DemoTown(String code, String name, String loginSuffix) {

    /** The demo town whose people sign in with the realm's demo accounts. */
    public static final DemoTown DONGXI = new DemoTown("500110109", "东溪镇", "");

    public DemoTown {
        if (code == null || !code.matches("\\d{9}")) {
            throw new IllegalArgumentException("a town code has 9 digits: " + code);
        }
    }

    /** The login of a demo account in this town (null stays null: a person without an account). */
    public String login(String base) {
        return base == null ? null : base + loginSuffix;
    }
}
