package com.anjian.town;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Yearly numbers per town (YH2026-0001). One upsert takes the counter row's lock until the
 * transaction that made it ends, so concurrent reports get distinct numbers and a rolled-back one
 * gives its number back. LAST_INSERT_ID(expr) is the MySQL/MariaDB idiom for reading the value the
 * upsert just wrote.
 */
@ApplicationScoped
public class TownCounters {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long townId, String name, int year) {
        em.createNativeQuery("INSERT INTO town_counter (town_id, name, year, value) VALUES (?1, ?2, ?3, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE value = LAST_INSERT_ID(value + 1)")
                .setParameter(1, townId).setParameter(2, name).setParameter(3, year).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
    }

    /**
     * Reserves {@code count} consecutive numbers in one statement, held with the caller's transaction
     * (so a rollback gives them back); returns the first. A long transaction calls it last, just
     * before it commits (the ledger import), so the town's counter is not held while it works.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reserve(long townId, String name, int year, int count) {
        em.createNativeQuery("INSERT INTO town_counter (town_id, name, year, value) VALUES (?1, ?2, ?3, LAST_INSERT_ID(?4))"
                        + " ON DUPLICATE KEY UPDATE value = LAST_INSERT_ID(value + ?4)")
                .setParameter(1, townId).setParameter(2, name).setParameter(3, year).setParameter(4, count).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue() - count + 1;
    }

    public static String serial(String prefix, int year, int number) {
        return String.format("%s%d-%04d", prefix, year, number);
    }

    /** e.g. prefix "YH", year 2026, number 7 → YH2026-0007. */
    public String nextSerial(long townId, String prefix, int year) {
        return serial(prefix, year, next(townId, prefix, year));
    }
}
