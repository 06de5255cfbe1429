package com.anjian.person;

import com.anjian.common.audit.AuditPage;
import com.anjian.common.audit.AuditService;
import com.anjian.common.error.FieldErrors;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.error.Versions;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageQuery;
import com.anjian.common.paging.Sorting;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People. Town admins and leaders see the whole town; office heads and village officers only the
 * people of their own unit. The scope is added in {@link #scope} for every query.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    /** The entity type of the person entries in audit_event, written before auditing by Envers. */
    static final String LEGACY_AUDIT_TYPE = "person";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name", "position", "p.position", "unitName", "p.unit.name", "updatedAt", "p.updatedAt");

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonPage list(PersonFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope(params));
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (p.name like :q or p.position like :q or p.phone like :q or p.login like :q)");
            params.put("q", Sorting.likePattern(filter.q));
        }
        if (filter.unitId != null) {
            where.append(" and p.unit.id = :unitId");
            params.put("unitId", filter.unitId);
        }
        if (filter.active != null) {
            where.append(" and p.active = :active");
            params.put("active", filter.active);
        }
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.by("p.unit.name").and("p.name"), "p.id");
        PanacheQuery<Person> query = Person.find("from Person p join fetch p.unit where " + where, sort, params);
        List<PersonDto> items = query.page(paging.index(), paging.size).list().stream().map(PersonMapper::toDto).toList();
        long total = PageQuery.count(Person.getEntityManager(), "Person p", where.toString(), params);
        return new PersonPage(items, paging, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonDto> find(long id) {
        return scoped(id).map(PersonMapper::toDto);
    }

    public PersonDto create(PersonInput input) {
        Unit unit = unitOf(input);
        validate(input, null);
        Person person = new Person();
        apply(person, unit, input);
        person.persist();
        return PersonMapper.toDto(person);
    }

    public PersonDto update(long id, PersonInput input) {
        Person person = scoped(id).orElseThrow(() -> ProblemException.notFound("entity.person", id));
        Versions.requireCurrent(input.version(), person.version);
        Unit unit = unitOf(input);
        validate(input, person.id);
        apply(person, unit, input);
        // An update that changes nothing writes nothing: no version, no updatedAt, no audit entry.
        person.persistAndFlush();
        return PersonMapper.toDto(person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage history(long id, PageParams paging) {
        scoped(id).orElseThrow(() -> ProblemException.notFound("entity.person", id));
        return audit.history(Person.class, id, LEGACY_AUDIT_TYPE, paging);
    }

    private Optional<Person> scoped(long id) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(params);
        params.put("id", id);
        return Person.<Person>find("from Person p join fetch p.unit where " + where + " and p.id = :id", params)
                .firstResultOptional();
    }

    /** The caller's visible people: the town, or only the caller's own unit. */
    private String scope(Map<String, Object> params) {
        Caller caller = currentUser.scoped();
        if (caller.isTownWide()) {
            params.put("town", caller.townId());
            return "p.unit.town.id = :town";
        }
        params.put("ownUnit", caller.unitId());
        return "p.unit.id = :ownUnit";
    }

    private Unit unitOf(PersonInput input) {
        return units.scopedQuery(input.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "person.unit.unknown", input.unitId()));
    }

    private void validate(PersonInput input, Long selfId) {
        String login = blankToNull(input.login());
        if (login != null && Person.count("login = ?1 and id <> ?2", login, selfId == null ? -1L : selfId) > 0) {
            new FieldErrors().add("login", "person.login.duplicate", login).throwIfAny(ProblemType.DUPLICATE, "error.duplicate");
        }
    }

    private static void apply(Person person, Unit unit, PersonInput input) {
        person.unit = unit;
        person.name = input.name().trim();
        person.position = blankToNull(input.position());
        person.phone = blankToNull(input.phone());
        person.login = blankToNull(input.login());
        person.active = input.active() == null || input.active();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
