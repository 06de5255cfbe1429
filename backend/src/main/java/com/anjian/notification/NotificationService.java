package com.anjian.notification;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.error.ProblemException;
import com.anjian.common.i18n.Messages;
import com.anjian.common.paging.PageParams;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.sector.Sector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Raises notifications and shows each reader the ones addressed to their town, unit and roles. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    BusinessClock clock;

    private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {
    };

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** Addresses a notification; a null unit or role means "anyone in the town" for that part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(long townId, Long unitId, String role, Notification.Kind kind, Notification.Severity severity,
                      Long hazardId, Map<String, Object> params) {
        raise(townId, unitId, role, kind, severity, hazardId, null, params);
    }

    /** A notification about a unit's ledger of a month. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseAboutLedger(long townId, long unitId, String period, Notification.Kind kind,
                                 Notification.Severity severity, Map<String, Object> params) {
        raise(townId, unitId, null, kind, severity, null, period, params);
    }

    private void raise(long townId, Long unitId, String role, Notification.Kind kind, Notification.Severity severity,
                       Long hazardId, String period, Map<String, Object> params) {
        Notification notification = new Notification();
        notification.townId = townId;
        notification.unitId = unitId;
        notification.role = role;
        notification.kind = kind;
        notification.severity = severity;
        notification.hazardId = hazardId;
        notification.period = period;
        try {
            notification.params = json.writeValueAsString(new LinkedHashMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        notification.createdAt = clock.now();
        notification.persist();
    }

    /**
     * The caller's page, each with whether they read it, in one statement; then the total and the
     * unread count together in one more (both counted from the feed index).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage mine(boolean unreadOnly, PageParams paging, Locale locale) {
        Caller caller = currentUser.scoped();
        Map<String, Object> params = new HashMap<>();
        String audience = audience(caller, params);
        params.put("login", caller.username());
        String read = "exists (select 1 from NotificationRead r where r.notificationId = n.id and r.login = :login)";
        String where = unreadOnly ? audience + " and not " + read : audience;
        TypedQuery<Object[]> pageQuery = em.createQuery("select n, case when " + read + " then true else false end"
                        + " from Notification n where " + where + " order by n.createdAt desc, n.id desc", Object[].class)
                .setFirstResult(paging.index() * paging.size).setMaxResults(paging.size);
        params.forEach(pageQuery::setParameter);
        List<NotificationDto> items = pageQuery.getResultList().stream()
                .map(row -> toDto((Notification) row[0], Boolean.TRUE.equals(row[1]), locale)).toList();
        TypedQuery<Object[]> countQuery = em.createQuery("select count(n), sum(case when " + read + " then 0 else 1 end)"
                + " from Notification n where " + audience, Object[].class);
        params.forEach(countQuery::setParameter);
        Object[] counts = countQuery.getSingleResult();
        long total = ((Number) counts[0]).longValue();
        long unread = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return new NotificationPage(items, paging, unreadOnly ? unread : total, unread);
    }

    public void markRead(long id) {
        Caller caller = currentUser.scoped();
        Map<String, Object> params = new HashMap<>();
        String audience = audience(caller, params);
        params.put("id", id);
        if (Notification.count("from Notification n where n.id = :id and " + audience, params) == 0) {
            throw ProblemException.notFound("entity.notification", id);
        }
        recordRead(id, caller.username(), clock.now());
    }

    public int markAllRead() {
        Caller caller = currentUser.scoped();
        Map<String, Object> params = new HashMap<>();
        String audience = audience(caller, params);
        params.put("login", caller.username());
        List<Long> unread = Notification.<Notification>find("from Notification n where " + audience
                        + " and not exists (select 1 from NotificationRead r where r.notificationId = n.id and r.login = :login)",
                params).list().stream().map(n -> n.id).toList();
        Instant now = clock.now();
        for (Long id : unread) {
            recordRead(id, caller.username(), now);
        }
        return unread.size();
    }

    /** Idempotent: reading twice, or in two tabs at once, is one read. */
    private void recordRead(long id, String login, Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO notification_read (notification_id, login, read_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, login).setParameter(3, at).executeUpdate();
    }

    private static String audience(Caller caller, Map<String, Object> params) {
        params.put("town", caller.townId());
        params.put("roles", caller.roles().isEmpty() ? Set.of("-") : caller.roles());
        if (caller.unitId() == null) {
            return "n.townId = :town and n.unitId is null and (n.role is null or n.role in :roles)";
        }
        params.put("unit", caller.unitId());
        return "n.townId = :town and (n.unitId is null or n.unitId = :unit) and (n.role is null or n.role in :roles)";
    }

    /** Sector names (zh, en) by code: reference data written by migrations only, read again for a code not yet seen. */
    private static volatile Map<String, String[]> sectorNames = Map.of();

    private static String[] sectorNames(String code) {
        String[] names = sectorNames.get(code);
        if (names == null) {
            Map<String, String[]> all = new HashMap<>();
            Sector.<Sector>listAll().forEach(s -> all.put(s.code, new String[]{s.nameZh, s.nameEn}));
            sectorNames = Map.copyOf(all);
            names = all.get(code);
        }
        return names;
    }

    /** A month reads as people write it (2026年11月, or November 2026); a sector by its name in the reader's language. */
    private static String display(String name, Object value, Locale locale) {
        String text = String.valueOf(value);
        if ("sector".equals(name)) {
            String[] names = sectorNames(text);
            return names == null ? text : Messages.ENGLISH.equals(locale) ? names[1] : names[0];
        }
        if ("period".equals(name) && text.matches("\\d{4}-\\d{2}")) {
            java.time.YearMonth month = java.time.YearMonth.parse(text);
            return Messages.ENGLISH.equals(locale)
                    ? month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                    : month.getYear() + "年" + month.getMonthValue() + "月";
        }
        return text;
    }

    private NotificationDto toDto(Notification n, boolean read, Locale locale) {
        Map<String, Object> params;
        try {
            params = json.readValue(n.params, PARAMS);
        } catch (JsonProcessingException e) {
            params = Map.of();
        }
        String key = "notification." + n.kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String message = Messages.get(locale, key + ".message");
        for (Map.Entry<String, Object> param : params.entrySet()) {
            message = message.replace("{" + param.getKey() + "}", display(param.getKey(), param.getValue(), locale));
        }
        return new NotificationDto(n.id, n.kind, n.severity, Messages.get(locale, key + ".title"), message, n.hazardId,
                n.period == null ? null : n.unitId, n.period, read, n.createdAt);
    }
}
