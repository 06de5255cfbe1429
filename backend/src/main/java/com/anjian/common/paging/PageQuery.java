package com.anjian.common.paging;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way lists read a page (README, Architecture): first the page's ids alone, from the list's
 * own table in the list's order (an index holds that order, with the id as tie-breaker, so the
 * database reads about a page of index entries), then those rows with what they show, by id. A single
 * query joining the shown units let the optimizer start from the small units table and sort every
 * matching row of the town before taking 20 (QueryPlanTest).
 *
 * <p>The second step joins what the rows show with <em>left</em> joins, even where the joined row always
 * exists: an inner join lets the optimizer start from the small units table and walk each unit's
 * hazards to find the 20 ids (MariaDB 10.11 did, 6 ms on a town of 50,000), where a left join fixes
 * the order, the 20 rows by primary key first (0.2 ms).
 */
public final class PageQuery {

    private PageQuery() {
    }

    /**
     * The ids of one page.
     *
     * @param select e.g. {@code "select h.id from Hazard h"} (and any joins the condition or the sort needs)
     * @param where JPQL condition over the same aliases
     */
    public static List<Long> ids(EntityManager em, String select, String where, Sort sort, Map<String, Object> params,
                                 PageParams paging) {
        TypedQuery<Long> query = em.createQuery(select + " where " + where + orderBy(sort), Long.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(paging.index() * paging.size).setMaxResults(paging.size).getResultList();
    }

    /**
     * The list's total. A query of its own text ({@code select count(*) from …}), which Hibernate
     * translates once and keeps, where Panache's {@code count()} derives a count from the page's query
     * and translates it again on every request (about half a millisecond of CPU).
     *
     * @param from e.g. {@code "Hazard h"} (and any joins the condition needs)
     */
    public static long count(EntityManager em, String from, String where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("select count(*) from " + from + " where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The page's rows by their ids, in any order ({@link #inOrder} puts them back).
     *
     * @param from e.g. {@code "from Hazard h left join fetch h.unit where h.id in "}: the ids' list is appended
     */
    public static <T> List<T> rows(EntityManager em, Class<T> type, String from, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One parameter per id, their number rounded up to a power of two (the last id repeated): a list
        // bound to one parameter made Hibernate translate the query again on every request (about a
        // millisecond of CPU), where single values keep one translation per length, at most eight.
        int slots = Integer.highestOneBit(ids.size() - 1) << 1;
        slots = Math.max(1, Math.max(slots, ids.size()));
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < slots; i++) {
            list.append(i == 0 ? ":id0" : ", :id" + i);
        }
        TypedQuery<T> query = em.createQuery(from + list.append(')'), type);
        for (int i = 0; i < slots; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return query.getResultList();
    }

    /** The rows read by id, put back in the page's order. */
    public static <T> List<T> inOrder(List<Long> ids, List<T> rows, Function<T, Long> id) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return rows.stream().sorted(Comparator.comparing(row -> position.get(id.apply(row)))).toList();
    }

    public static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder(" order by ");
        for (int i = 0; i < sort.getColumns().size(); i++) {
            Sort.Column column = sort.getColumns().get(i);
            order.append(i == 0 ? "" : ", ").append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
        }
        return order.toString();
    }
}
