package com.anjian.bench;

import java.sql.SQLException;

/**
 * One kind of record the bench seeds. A later record kind adds its own generator to
 * {@link DistrictSeed#GENERATORS} (after those whose rows it refers to) and its measurements to the
 * bench; the seed reports each generator's row count and time.
 */
interface Generator {

    /** What it makes, as the report names it. */
    String name();

    /** Inserts its rows for every town of the seed; returns how many rows it wrote (all tables). */
    long generate(SeedContext seed) throws SQLException;
}
