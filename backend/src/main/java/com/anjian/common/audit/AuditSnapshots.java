package com.anjian.common.audit;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.envers.NotAudited;
import org.hibernate.proxy.HibernateProxy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An audited record as the field values people recognise, for diffing one revision against the
 * next. Every persistent field counts, so a column added later is audited and shown without code
 * here; left out are the id, the version, the timestamps (the revision says when) and the town
 * (a record never changes town). A relation shows as the related record's id ({@code unitId},
 * {@code sectorCode}), an enum as its name, a collection as a sorted list.
 */
final class AuditSnapshots {

    private static final Set<String> HIDDEN = Set.of("createdAt", "updatedAt", "town", "townId");
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private AuditSnapshots() {
    }

    static Map<String, Object> of(Object entity, PersistenceUnitUtil units) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (Field field : fields(entity.getClass())) {
            Object value = read(field, entity);
            if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                snapshot.put(field.getName() + idSuffix(field.getType()), value == null ? null : idOf(value, units));
            } else {
                snapshot.put(field.getName(), plain(value));
            }
        }
        return snapshot;
    }

    /** The fields whose values differ; a missing {@code before} (a new record) lists every field that has a value. */
    static List<AuditEntryDto.FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        List<AuditEntryDto.FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before == null ? null : before.get(field);
            if (!same(old, value)) {
                changes.add(new AuditEntryDto.FieldChange(field, old, value));
            }
        });
        return changes;
    }

    static boolean same(Object a, Object b) {
        if (isEmpty(a) && isEmpty(b)) {
            return true;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty();
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(AuditSnapshots::plain).sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))).toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(AuditSnapshots::plain).toList();
        }
        return value;
    }

    private static Object idOf(Object related, PersistenceUnitUtil units) {
        if (related instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return units.getIdentifier(related);
    }

    /** "Id" for records with an id, else the name of their key ("Code" for a sector). */
    private static String idSuffix(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    String name = field.getName();
                    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
                }
            }
        }
        return "Id";
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(NotAudited.class)
                            || field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class)
                            || HIDDEN.contains(field.getName()) || field.getName().startsWith("$$")) {
                        continue;
                    }
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            return List.copyOf(fields);
        });
    }
}
