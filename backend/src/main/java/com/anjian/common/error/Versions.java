package com.anjian.common.error;

/** Optimistic locking at the API edge: an update must carry the version it read. */
public final class Versions {

    private Versions() {
    }

    /** 400 when the version is missing, 409 when someone saved since it was read. */
    public static void requireCurrent(Long sent, long current) {
        if (sent == null) {
            throw ProblemException.invalid("version", "anjian.required.version");
        }
        if (sent != current) {
            throw ProblemException.staleVersion();
        }
    }
}
