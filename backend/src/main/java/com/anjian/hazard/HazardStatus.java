package com.anjian.hazard;

/**
 * Where a hazard stands as people see it: the five states of the loop, with rectification that is
 * reported done and waits for someone to verify it shown as its own status (待验收), since the next
 * step then belongs to someone else.
 */
public enum HazardStatus {
    FOUND,
    REGISTERED,
    /** Under a rectification order, the work not yet reported done. */
    RECTIFYING,
    /** State RECTIFYING with the rectification reported done: waiting for verification. */
    AWAITING_VERIFICATION,
    VERIFIED,
    CLOSED;

    public static HazardStatus of(HazardState state, boolean completionReported) {
        return switch (state) {
            case FOUND -> FOUND;
            case REGISTERED -> REGISTERED;
            case RECTIFYING -> completionReported ? AWAITING_VERIFICATION : RECTIFYING;
            case VERIFIED -> VERIFIED;
            case CLOSED -> CLOSED;
        };
    }

    public static HazardStatus of(Hazard hazard) {
        return of(hazard.state, hazard.completedOn != null);
    }

    /** The state a hazard of this status is in. */
    public HazardState state() {
        return this == AWAITING_VERIFICATION ? HazardState.RECTIFYING : HazardState.valueOf(name());
    }
}
