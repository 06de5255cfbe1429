package com.anjian.hazard;

import com.anjian.common.AnjianConfig;
import com.anjian.common.audit.AuditContext;
import com.anjian.common.security.Roles;
import com.anjian.common.time.BusinessClock;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The daily look at hazards past their deadline and not yet verified. Each time a hazard crosses the
 * next escalation threshold (anjian.hazard.escalation-days) it notifies the responsible unit and the
 * emergency office again; from the last threshold on, the town's leaders too.
 * <p>
 * Each escalation is a {@link HazardEscalation} record written with its notifications in one short
 * transaction per hazard, audited like every other change. Its unique key (hazard, level) makes each
 * level be raised once even when two checks run at once (twice, or on two instances): the second
 * insert waits for the first and then conflicts, and that hazard is skipped. The hazard itself, and
 * so its version, is not touched: nobody editing it gets a 409 because of the job.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    BusinessClock clock;

    @Inject
    AnjianConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    AuditContext audit;

    @Inject
    EntityManager em;

    @Scheduled(cron = "{anjian.hazard.overdue-cron}", timeZone = "{anjian.zone}", identity = "hazard-overdue-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int raised = run(clock.today());
        LOG.infof("overdue check: %d escalation(s) raised", raised);
    }

    /** A level a hazard has reached but not yet been escalated to. */
    record Due(long hazardId, int level, long daysOverdue) {
    }

    /** Raises what is due as of {@code today}; returns how many hazards this run escalated. */
    public int run(LocalDate today) {
        return run(today, null);
    }

    /**
     * The check of one town only (all towns when {@code townId} is null): the demo history replays
     * the daily check of its own town on past days, which must not touch other towns' hazards.
     */
    public int run(LocalDate today, Long townId) {
        List<Integer> thresholds = config.hazard().escalationDays().stream().sorted().toList();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> due(today, townId, thresholds));
        int raised = 0;
        for (Due next : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> raise(next, today, thresholds.size()))) {
                    raised++;
                }
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                LOG.debugf("overdue check: level %d of hazard %d was raised by another run", next.level(), next.hazardId());
            }
        }
        return raised;
    }

    private List<Due> due(LocalDate today, Long townId, List<Integer> thresholds) {
        var query = em.createQuery("select h.id, coalesce(h.orderDeadline, h.deadline),"
                        + " (select max(e.level) from HazardEscalation e where e.hazard = h)"
                        + " from Hazard h where h.state in (:open) and coalesce(h.orderDeadline, h.deadline) < :today"
                        + (townId == null ? "" : " and h.town.id = :town")
                        + " order by h.id", Object[].class)
                .setParameter("open", List.of(HazardState.REGISTERED, HazardState.RECTIFYING))
                .setParameter("today", today);
        if (townId != null) {
            query.setParameter("town", townId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            long days = ChronoUnit.DAYS.between((LocalDate) row[1], today);
            int level = (int) thresholds.stream().filter(t -> days >= t).count();
            int raised = row[2] == null ? 0 : ((Number) row[2]).intValue();
            return level > raised ? new Due((Long) row[0], level, days) : null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** In its own transaction: the escalation record and its notifications, or nothing. */
    private boolean raise(Due due, LocalDate today, int levels) {
        Hazard hazard = Hazard.<Hazard>find("from Hazard h join fetch h.unit left join fetch h.responsibleUnit"
                + " where h.id = ?1", due.hazardId()).firstResult();
        if (hazard == null || !hazard.isOverdue(today)
                || HazardEscalation.count("hazard.id = ?1 and level >= ?2", due.hazardId(), due.level()) > 0) {
            return false;
        }
        HazardEscalation escalation = new HazardEscalation();
        escalation.hazard = hazard;
        escalation.level = due.level();
        escalation.daysOverdue = (int) due.daysOverdue();
        escalation.raisedAt = clock.now();
        escalation.persist();
        em.flush();
        audit.town(hazard.town.id);

        int level = due.level();
        Notification.Severity severity = level >= levels ? Notification.Severity.CRITICAL
                : level > 1 ? Notification.Severity.WARNING : Notification.Severity.INFO;
        Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "days", due.daysOverdue(),
                "level", level, "unit", hazard.responsibleUnit == null ? hazard.unit.name : hazard.responsibleUnit.name);
        long town = hazard.town.id;
        if (hazard.responsibleUnit != null) {
            notifications.raise(town, hazard.responsibleUnit.id, null, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
        }
        notifications.raise(town, null, Roles.TOWN_ADMIN, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
        if (level >= levels) {
            notifications.raise(town, null, Roles.LEADER, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
        }
        return true;
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException
                    || cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
