package com.anjian.security;

import com.anjian.security.ContractOperations.Operation;
import com.anjian.security.MatrixRequests.Recipe;
import com.anjian.security.MatrixTable.Row;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix (src/test/resources/authorization-matrix.txt): every operation of the
 * contract, called by every identity on its own, another's and another town's object, must answer
 * exactly the status the table states; lists and exports must hold exactly the caller's scope.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static MatrixWorld world;
    private static final Map<String, Long> MILLIS = new java.util.concurrent.ConcurrentHashMap<>();

    private static synchronized MatrixWorld world() {
        if (world == null) {
            long started = System.nanoTime();
            world = MatrixWorld.build();
            MILLIS.put("(fixtures)", (System.nanoTime() - started) / 1_000_000);
        }
        return world;
    }

    @Test
    void everyOperationOfTheContractHasItsRowsAndEveryRowNamesAnOperationOfTheContract() {
        MatrixTable table = MatrixTable.read();
        List<String> problems = new ArrayList<>(table.errors);
        Map<String, Operation> operations = ContractOperations.all();
        Map<String, Recipe> recipes = MatrixRequests.recipes(null);
        Map<String, Set<Target>> rows = new LinkedHashMap<>();
        for (Row row : table.rows) {
            rows.computeIfAbsent(row.operation(), op -> EnumSet.noneOf(Target.class)).add(row.target());
        }
        for (Operation operation : operations.values()) {
            Recipe recipe = recipe(operation, recipes, null);
            Set<Target> targets = rows.get(operation.id());
            if (recipe == null) {
                problems.add(operation + " has no request recipe: add one to MatrixRequests");
            }
            if (targets == null) {
                problems.add(operation + " has no row in " + MatrixTable.RESOURCE + ": add its rows (who may call it, on"
                        + " whose objects) before the endpoint ships");
            } else if (recipe != null && !targets.equals(recipe.targets())) {
                problems.add(operation + ": rows for " + columns(targets) + " but calls on " + columns(recipe.targets())
                        + " objects are defined: give it exactly one row per target");
            }
        }
        rows.keySet().stream().filter(id -> !operations.containsKey(id)).forEach(id ->
                problems.add("rows for " + id + ", which is no longer an operation of openapi.yaml: remove them"));
        recipes.keySet().stream().filter(id -> !operations.containsKey(id)).forEach(id ->
                problems.add("a request recipe for " + id + ", which is no longer an operation of openapi.yaml: remove it"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicTest> everyIdentityGetsExactlyTheOutcomeTheMatrixStates() {
        MatrixTable table = MatrixTable.read();
        assertTrue(table.errors.isEmpty(), String.join("\n", table.errors));
        Map<String, Operation> operations = ContractOperations.all();
        MatrixWorld w = world();
        Map<String, Recipe> recipes = MatrixRequests.recipes(w);
        Map<String, ScopeChecks.Check> checks = new ScopeChecks(w).all();
        return table.rows.stream()
                .filter(row -> operations.containsKey(row.operation()))
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> run(row,
                        recipe(operations.get(row.operation()), recipes, w), checks.get(row.operation()))));
    }

    /** How long the matrix took, and its slowest rows, for keeping it within its time budget. */
    @AfterAll
    static void reportTimes() {
        if (!MILLIS.isEmpty()) {
            System.out.printf("authorisation matrix: %d rows and fixtures in %.1f s; slowest: %s%n", MILLIS.size() - 1,
                    MILLIS.values().stream().mapToLong(Long::longValue).sum() / 1000.0,
                    MILLIS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
        }
    }

    private static void run(Row row, Recipe recipe, ScopeChecks.Check check) {
        if (recipe == null || !recipe.targets().contains(row.target())) {
            fail(row.name() + ": no request recipe for this row (see the completeness test)");
        }
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Identity, Integer> cell : row.expected().entrySet()) {
            Identity who = cell.getKey();
            int expected = cell.getValue();
            boolean allowed = expected / 100 == 2;
            try {
                Response response = recipe.send().send(who, row.target(), allowed);
                int status = response.statusCode();
                if (status != expected) {
                    failures.add(who.column + ": expected " + expected + ", got " + status + " " + excerpt(response));
                } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(who.column + ": " + status + " is not application/problem+json but " + response.contentType());
                } else if (allowed && check != null) {
                    check.check(who, row.target(), response).ifPresent(problem -> failures.add(who.column + ": " + problem));
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(who.column + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        MILLIS.put(row.name(), (System.nanoTime() - started) / 1_000_000);
        if (!failures.isEmpty()) {
            fail(row.name() + " (" + MatrixTable.RESOURCE + " line " + row.line() + "):\n  " + String.join("\n  ", failures));
        }
    }

    private static Recipe recipe(Operation operation, Map<String, Recipe> recipes, MatrixWorld w) {
        Recipe recipe = recipes.get(operation.id());
        if (recipe == null && "GET".equals(operation.method())) {
            recipe = MatrixRequests.genericGet(operation.path(), w);
        }
        return recipe;
    }

    private static String columns(Set<Target> targets) {
        return targets.stream().map(t -> t.column).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static String excerpt(Response response) {
        if (!String.valueOf(response.contentType()).contains("json")) {
            return "(" + response.contentType() + ")";
        }
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
