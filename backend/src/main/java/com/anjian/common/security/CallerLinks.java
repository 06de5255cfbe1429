package com.anjian.common.security;

import com.anjian.person.Person;
import com.anjian.town.ApiClient;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What a login is linked to on the server — the person, their unit (with the sectors it supervises)
 * and town, or an API client's town — kept for a few seconds so that a request does not query it
 * again: every request of a signed-in user needs it before anything else.
 * <p>
 * Correctness: any insert, update or delete of a person, unit, town or API client (entity listener
 * {@link CallerLinkChanges}) drops every entry, immediately and again when its transaction ends,
 * and a lookup that started before such a change is not kept (the generation it started in is
 * over). So in one process a deactivated person, a moved person or a renamed unit takes effect on the
 * next request. Another process (a second replica) sees such a change only when its entry expires:
 * the time to live ({@link #TTL}) is the bound on that staleness, hence short.
 */
@ApplicationScoped
public class CallerLinks {

    /** How long another replica may act on an old link (issue 13: multi-replica correctness). */
    public static final Duration TTL = Duration.ofSeconds(5);

    private static final AtomicLong GENERATION = new AtomicLong();

    /** A login's link; {@code townId == null} when it is linked to nothing (an unlinked account). */
    public record Link(Long personId, String name, String position, Long unitId, String unitName, UnitKind unitKind,
                       Long townId, String townCode, String townName, List<String> unitSectors) {

        static final Link NONE = new Link(null, null, null, null, null, null, null, null, null, List.of());
    }

    private record Entry(Link link, long generation, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The clock that entries expire by (nanoseconds). */
    private volatile LongSupplier nanoClock = System::nanoTime;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The person with this login (active only), their unit and its sectors, and their town. */
    public Link person(String login) {
        return cached("person:" + login, () -> Person.findActiveByLogin(login).map(p -> new Link(p.id, p.name, p.position,
                p.unit.id, p.unit.name, p.unit.kind, p.unit.town.id, p.unit.town.code, p.unit.town.name,
                p.unit.sectors.stream().sorted().toList())).orElse(Link.NONE));
    }

    /** The active API client with this principal and its town. */
    public Link apiClient(String principal) {
        return cached("client:" + principal, () -> ApiClient.findActiveByPrincipal(principal)
                .map(c -> new Link(null, c.name, null, null, null, null, c.town.id, c.town.code, c.town.name, List.of()))
                .orElse(Link.NONE));
    }

    private Link cached(String key, java.util.function.Supplier<Link> lookup) {
        long now = nanoClock.getAsLong();
        long generation = GENERATION.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation == generation && now - entry.expiresAt < 0) {
            return entry.link;
        }
        Link link = lookup.get();
        // read in a generation that a change has ended since: used for this request, not kept
        if (GENERATION.get() == generation && !changedInThisTransaction()) {
            entries.put(key, new Entry(link, generation, now + TTL.toNanos()));
        }
        return link;
    }

    /** A lookup inside a transaction that changed links reads its own uncommitted state: never kept. */
    private boolean changedInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(CallerLinks.class) != null;
    }

    /** Every link is stale: now, and (if in a transaction) once more when it ends, committed or not. */
    public static void invalidate() {
        GENERATION.incrementAndGet();
        if (!Arc.container().isRunning()) {
            return;
        }
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        if (registry == null || registry.getTransactionKey() == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        if (registry.getResource(CallerLinks.class) == null) {
            registry.putResource(CallerLinks.class, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        }
    }

    /** For tests: the clock entries expire by, e.g. one that a test moves past the time to live. */
    public void useClock(LongSupplier clock) {
        nanoClock = clock;
    }

    /** Drops every entry (tests that change people or units with plain SQL call it). */
    public void clear() {
        GENERATION.incrementAndGet();
        entries.clear();
    }
}
