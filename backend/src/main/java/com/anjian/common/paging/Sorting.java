package com.anjian.common.paging;

import com.anjian.common.error.ProblemException;
import io.quarkus.panache.common.Sort;

import java.util.Map;

/** Turns the sort parameter into a Panache sort over a whitelist of fields. */
public final class Sorting {

    private Sorting() {
    }

    public static Sort of(String sort, Map<String, String> allowed, Sort fallback) {
        return of(sort, allowed, fallback, "id");
    }

    /**
     * @param allowed API field name to entity path
     * @param fallback sort used when none is given
     * @param idPath the id, always the final tie-breaker so pages are stable
     */
    public static Sort of(String sort, Map<String, String> allowed, Sort fallback, String idPath) {
        if (sort == null || sort.isBlank()) {
            Sort.Direction last = fallback.getColumns().get(fallback.getColumns().size() - 1).getDirection();
            return fallback.and(idPath, last);
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String path = allowed.get(field);
        if (path == null) {
            throw ProblemException.invalid("sort", "error.sort.unknown", String.join(", ", allowed.keySet()));
        }
        // The id follows the sort's direction so that an index on (…, column) with the id behind it
        // can deliver the order without sorting every matching row.
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(path, direction).and(idPath, direction);
    }

    /** Escapes LIKE wildcards in user search text. */
    public static String likePattern(String text) {
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
