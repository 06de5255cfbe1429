package com.anjian.hazard;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import com.anjian.common.security.Roles;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The daily look at hazards past their deadline and not yet verified. Each time a hazard crosses the
 * next escalation threshold (anjian.hazard.escalation-days) it notifies the responsible unit and the
 * emergency office again; from the last threshold on, the town's leaders too. Each level is raised
 * once, even if the check runs twice or on two instances.
 */
@ApplicationScoped
public class OverdueCheck {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    AnjianConfig config;

    @Inject
    NotificationService notifications;

    @Scheduled(cron = "{anjian.hazard.overdue-cron}", timeZone = "{anjian.zone}", identity = "hazard-overdue-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int raised = run(clock.today());
        LOG.infof("overdue check: %d escalation(s) raised", raised);
    }

    /** Raises what is due as of {@code today}; returns how many hazards were escalated. */
    @Transactional
    public int run(LocalDate today) {
        List<Integer> thresholds = config.hazard().escalationDays().stream().sorted().toList();
        List<Hazard> overdue = Hazard.list("from Hazard h join fetch h.unit left join fetch h.responsibleUnit"
                        + " where h.state in (?1) and coalesce(h.orderDeadline, h.deadline) < ?2",
                List.of(HazardState.REGISTERED, HazardState.RECTIFYING), today);
        int raised = 0;
        for (Hazard hazard : overdue) {
            long days = ChronoUnit.DAYS.between(hazard.effectiveDeadline(), today);
            int level = (int) thresholds.stream().filter(t -> days >= t).count();
            if (level <= hazard.escalationLevel) {
                continue;
            }
            // Conditional bulk update: only one run wins a level; it also leaves the version alone,
            // so people editing the hazard are not told someone else changed it.
            int won = Hazard.update("escalationLevel = ?1 where id = ?2 and escalationLevel < ?1", level, hazard.id);
            if (won == 0) {
                continue;
            }
            Notification.Severity severity = level >= thresholds.size() ? Notification.Severity.CRITICAL
                    : level > 1 ? Notification.Severity.WARNING : Notification.Severity.INFO;
            Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "days", days,
                    "level", level, "unit", hazard.responsibleUnit == null ? hazard.unit.name : hazard.responsibleUnit.name);
            long town = hazard.town.id;
            if (hazard.responsibleUnit != null) {
                notifications.raise(town, hazard.responsibleUnit.id, null, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
            }
            notifications.raise(town, null, Roles.TOWN_ADMIN, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
            if (level >= thresholds.size()) {
                notifications.raise(town, null, Roles.LEADER, Notification.Kind.HAZARD_OVERDUE, severity, hazard.id, params);
            }
            raised++;
        }
        return raised;
    }
}
