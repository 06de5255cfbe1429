package com.anjian.excel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Reads a large result in id order, a batch at a time, clearing the persistence context between
 * batches so memory stays flat however many rows an export has.
 */
public final class Batches {

    public static final int SIZE = 500;

    private Batches() {
    }

    /**
     * @param select JPQL "select … from … where …" with an {@code :after} bound on the id, ordered by id
     */
    public static <T> void forEach(EntityManager em, Class<T> type, String select, Map<String, Object> params,
                                   ToLongFunction<T> id, Consumer<T> each) {
        QuarkusTransaction.requiringNew().run(() -> {
            long after = 0;
            while (true) {
                Map<String, Object> bound = new HashMap<>(params);
                bound.put("after", after);
                var query = em.createQuery(select, type).setMaxResults(SIZE);
                bound.forEach(query::setParameter);
                List<T> batch = query.getResultList();
                for (T item : batch) {
                    each.accept(item);
                }
                if (batch.size() < SIZE) {
                    return;
                }
                after = id.applyAsLong(batch.get(batch.size() - 1));
                em.clear();
            }
        });
    }
}
