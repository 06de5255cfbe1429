package com.anjian.excel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.hibernate.CacheMode;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of an export: one HQL {@code select new <flat record>(…)} whose names (units, sectors)
 * are joined in the query, so no entity is loaded and nothing is looked up per row. The rows are
 * read forward-only while the MySQL driver streams them ({@code fetchSize = Integer.MIN_VALUE}: one
 * round trip, no buffering of the whole result on either side), in a read-only transaction of their
 * own: a consistent snapshot that takes no locks, so reports and close-outs go on while a town's
 * export runs, and the connection goes back to the pool as soon as the last row is read.
 *
 * @param select "select new Record(…) from … where … order by …"; the condition may be the list's own
 *               (the same scope and filters), its parameters in {@code params}
 */
public record ExportRows<R>(Class<R> type, String select, Map<String, Object> params) {

    /** Connector/J's signal to stream a result row by row instead of reading it all into memory. */
    private static final int STREAM = Integer.MIN_VALUE;

    /**
     * Above the default 60 s: on a busy two-core server a district's export may read for minutes,
     * and the reaper would cancel it half-written. Still bounded, so a stuck client cannot keep it forever.
     */
    private static final int TIMEOUT_SECONDS = 900;

    public void forEach(EntityManager em, Consumer<R> each) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            SelectionQuery<R> query = session.createSelectionQuery(select, type);
            params.forEach(query::setParameter);
            query.setFetchSize(STREAM);
            query.setReadOnly(true);
            query.setCacheMode(CacheMode.IGNORE);
            try (ScrollableResults<R> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                while (rows.next()) {
                    each.accept(rows.get());
                }
            }
        });
    }
}
