package com.anjian.unit;

import com.anjian.common.Enums;
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
import com.anjian.common.time.BusinessClock;
import com.anjian.common.time.DateRules;
import com.anjian.sector.Sector;
import com.anjian.town.Town;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Units of the caller's town. Every query passes through {@link #scopedQuery} so no other town leaks. */
@ApplicationScoped
@Transactional
public class UnitService {

    /** The entity type of the unit entries in audit_event, written before auditing by Envers. */
    static final String LEGACY_AUDIT_TYPE = "unit";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "code", "code", "kind", "kind", "updatedAt", "updatedAt", "createdAt", "createdAt");

    /** Letters (Chinese characters among them) and digits: the prefix stands inside a document number. */
    private static final Pattern DOCUMENT_PREFIX = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitPage list(UnitFilter filter, PageParams paging) {
        Caller caller = currentUser.scoped();
        StringBuilder where = new StringBuilder("town.id = :town");
        Map<String, Object> params = new HashMap<>();
        params.put("town", caller.townId());
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (name like :q or code like :q)");
            params.put("q", Sorting.likePattern(filter.q));
        }
        UnitKind kind = Enums.parse(UnitKind.class, filter.kind, "kind");
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (filter.active != null) {
            where.append(" and active = :active");
            params.put("active", filter.active);
        }
        if (filter.enforcementPowers != null) {
            where.append(" and enforcementPowers = :powers");
            params.put("powers", filter.enforcementPowers);
        }
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.append(" and :sector member of sectors");
            params.put("sector", filter.sector.trim());
        }
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.by("kind").and("name"));
        PanacheQuery<Unit> query = Unit.find(where.toString(), sort, params);
        List<UnitDto> items = query.page(paging.index(), paging.size).list().stream().map(UnitMapper::toDto).toList();
        return new UnitPage(items, paging, PageQuery.count(Unit.getEntityManager(), "Unit", where.toString(), params));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitDto> find(long id) {
        return scopedQuery(id).map(UnitMapper::toDto);
    }

    public UnitDto create(UnitInput input) {
        Caller caller = currentUser.scoped();
        Town town = Town.findById(caller.townId());
        validate(input, town, null);
        Unit unit = new Unit();
        unit.town = town;
        apply(unit, input);
        unit.persist();
        return UnitMapper.toDto(unit);
    }

    public UnitDto update(long id, UnitInput input) {
        Unit unit = scopedQuery(id).orElseThrow(() -> ProblemException.notFound("entity.unit", id));
        Versions.requireCurrent(input.version(), unit.version);
        validate(input, unit.town, unit.id);
        apply(unit, input);
        // Flushes here so a concurrent save fails with 409 now; an update that changes nothing writes
        // nothing (no version, no updatedAt, no audit entry), so others holding this version can still save.
        unit.persistAndFlush();
        return UnitMapper.toDto(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage history(long id, PageParams paging) {
        scopedQuery(id).orElseThrow(() -> ProblemException.notFound("entity.unit", id));
        return audit.history(Unit.class, id, LEGACY_AUDIT_TYPE, paging);
    }

    /** A unit of the caller's town, for other features that attach records to units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> scopedQuery(long id) {
        Caller caller = currentUser.scoped();
        return Unit.<Unit>find("id = ?1 and town.id = ?2", id, caller.townId()).firstResultOptional();
    }

    private void apply(Unit unit, UnitInput input) {
        unit.kind = input.kind();
        unit.code = blankToNull(input.code());
        unit.name = input.name().trim();
        unit.enforcementPowers = Boolean.TRUE.equals(input.enforcementPowers());
        Set<String> sectors = sectorsOf(input);
        if (!unit.sectors.equals(sectors)) {
            // replacing an equal set would still count as a change of the unit
            unit.sectors.clear();
            unit.sectors.addAll(sectors);
        }
        unit.active = input.active() == null || input.active();
        if (input.ledgersDueFrom() != null) {
            unit.ledgersDueFrom = input.ledgersDueFrom();
        }
        if (input.documentPrefix() != null) {
            // an empty string removes the unit's own prefix: numbers then start with the derived one
            unit.documentPrefix = input.documentPrefix().isBlank() ? null : input.documentPrefix().trim();
        }
    }

    private void validate(UnitInput input, Town town, Long selfId) {
        FieldErrors errors = new FieldErrors();
        String code = blankToNull(input.code());
        UnitKind kind = input.kind();
        if (kind.needsDivisionCode()) {
            if (code == null) {
                errors.add("code", "unit.code.division-required");
            } else if (!UnitCodes.isDivisionCode(code)) {
                errors.add("code", "unit.code.division-format");
            } else if (!code.startsWith(town.code)) {
                errors.add("code", "unit.code.division-town", town.code);
            }
        } else if (kind.needsCreditCode()) {
            if (code == null) {
                errors.add("code", "unit.code.credit-required");
            } else if (!UnitCodes.isCreditCode(code)) {
                errors.add("code", "unit.code.credit-format");
            }
        } else if (code != null && !UnitCodes.isCreditCode(code)) {
            errors.add("code", "unit.code.credit-format");
        }
        boolean powers = Boolean.TRUE.equals(input.enforcementPowers());
        Set<String> sectors = sectorsOf(input);
        if (powers && !kind.mayHoldEnforcementPowers()) {
            errors.add("enforcementPowers", "unit.powers.kind");
        }
        if (powers && sectors.isEmpty()) {
            errors.add("sectors", "unit.powers.sectors-required");
        }
        Set<String> unknown = Sector.unknown(sectors);
        if (!unknown.isEmpty()) {
            errors.add("sectors", "unit.sectors.unknown", String.join(", ", unknown));
        }
        validateLedgersDueFrom(input.ledgersDueFrom(), errors);
        if (input.documentPrefix() != null && !input.documentPrefix().isBlank()
                && !DOCUMENT_PREFIX.matcher(input.documentPrefix().trim()).matches()) {
            errors.add("documentPrefix", "unit.document-prefix.format");
        }
        errors.throwIfAny();

        FieldErrors duplicates = new FieldErrors();
        String name = input.name().trim();
        if (Unit.count("town.id = ?1 and name = ?2 and id <> ?3", town.id, name, selfId == null ? -1L : selfId) > 0) {
            duplicates.add("name", "unit.name.duplicate", name);
        }
        if (code != null && Unit.count("town.id = ?1 and code = ?2 and id <> ?3", town.id, code, selfId == null ? -1L : selfId) > 0) {
            duplicates.add("code", "unit.code.duplicate", code);
        }
        String prefix = input.documentPrefix() == null || input.documentPrefix().isBlank() ? null : input.documentPrefix().trim();
        if (prefix != null && Unit.count("town.id = ?1 and documentPrefix = ?2 and id <> ?3", town.id, prefix, selfId == null ? -1L : selfId) > 0) {
            // two units numbering with one prefix would issue documents with the same number
            duplicates.add("documentPrefix", "unit.document-prefix.duplicate", prefix);
        }
        duplicates.throwIfAny(ProblemType.DUPLICATE, "error.duplicate");
    }

    /** A month (YYYY-MM) from the century the system's dates live in, not after the current one. */
    private void validateLedgersDueFrom(String month, FieldErrors errors) {
        if (month == null) {
            return;
        }
        YearMonth parsed;
        try {
            parsed = month.matches("\\d{4}-\\d{2}") ? YearMonth.parse(month) : null;
        } catch (DateTimeParseException e) {
            parsed = null;
        }
        if (parsed == null) {
            errors.add("ledgersDueFrom", "anjian.month");
        } else if (DateRules.plausible(parsed.atDay(1)).isPresent()) {
            errors.add("ledgersDueFrom", "date.out-of-range", DateRules.rangeArgs());
        } else if (parsed.isAfter(clock.thisMonth())) {
            errors.add("ledgersDueFrom", "unit.ledgers-due-from.future");
        }
    }

    private static Set<String> sectorsOf(UnitInput input) {
        return input.sectors() == null ? Set.of() : new TreeSet<>(input.sectors().stream().map(String::trim).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
