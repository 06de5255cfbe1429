package com.anjian.security;

import java.util.Arrays;

/** Which object a row of the matrix points at, relative to the caller (see authorization-matrix.txt). */
enum Target {
    OWN("own"), OTHER("other"), XTOWN("xtown");

    final String column;

    Target(String column) {
        this.column = column;
    }

    static Target of(String column) {
        return Arrays.stream(values()).filter(t -> t.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target " + column + " (own, other or xtown)"));
    }
}
