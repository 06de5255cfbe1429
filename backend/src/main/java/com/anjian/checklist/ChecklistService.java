package com.anjian.checklist;

import com.anjian.common.error.FieldErrors;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.Versions;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageQuery;
import com.anjian.common.paging.Sorting;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.time.BusinessClock;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checklists of the caller's town: every person of the town reads them; town admins and the office
 * heads of {@link ChecklistRules} keep them. Items are never edited in place: each save writes the
 * next version, so what an inspection used stays as it was.
 */
@ApplicationScoped
@Transactional
public class ChecklistService {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "c.title", "updatedAt", "c.updatedAt", "sectorCode", "c.sectorCode");

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    BusinessClock clock;

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistDtos.Page list(ChecklistFilter filter, PageParams paging) {
        Caller caller = currentUser.scoped();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("c.townId = :town");
        params.put("town", caller.townId());
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.append(" and c.sectorCode = :sector");
            params.put("sector", filter.sector.trim());
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and c.title like :q");
            params.put("q", Sorting.likePattern(filter.q));
        }
        if (filter.active != null) {
            where.append(" and c.active = :active");
            params.put("active", filter.active);
        }
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("c.updatedAt"), "c.id");
        var em = Checklist.getEntityManager();
        List<Long> ids = PageQuery.ids(em, "select c.id from Checklist c", where.toString(), sort, params, paging);
        List<Checklist> rows = PageQuery.rows(em, Checklist.class, "from Checklist c left join fetch c.ownerUnit where c.id in ", ids);
        Map<Long, Long> itemCounts = itemCounts(ids);
        List<ChecklistDtos.Summary> items = PageQuery.inOrder(ids, rows, c -> c.id).stream()
                .map(c -> new ChecklistDtos.Summary(c.id, c.sectorCode, c.title, ownerId(c), ownerName(c), c.currentVersionNo,
                        itemCounts.getOrDefault(c.id, 0L), c.active, c.updatedAt))
                .toList();
        return new ChecklistDtos.Page(items, paging, PageQuery.count(em, "Checklist c", where.toString(), params));
    }

    /** The number of items of each checklist's current version, for a page of checklists in one statement. */
    private static Map<Long, Long> itemCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> counts = Checklist.getEntityManager().createQuery("select v.checklist.id, count(i) from ChecklistItem i"
                        + " join i.checklistVersion v join v.checklist c where c.id in :ids and v.versionNo = c.currentVersionNo"
                        + " group by v.checklist.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        return counts.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistDtos.Detail detail(long id) {
        Checklist checklist = visible(id);
        return detailOf(checklist, checklist.currentVersionNo);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistDtos.Detail version(long id, int versionNo) {
        Checklist checklist = visible(id);
        if (versionNo < 1 || versionNo > checklist.currentVersionNo) {
            throw ProblemException.notFound("entity.checklist-version", versionNo);
        }
        return detailOf(checklist, versionNo);
    }

    /** The checklist if it is of the caller's town (every person of the town reads them all). */
    public Optional<Checklist> find(long id) {
        Caller caller = currentUser.scoped();
        return Checklist.<Checklist>find("from Checklist c left join fetch c.ownerUnit where c.id = ?1 and c.townId = ?2",
                id, caller.townId()).firstResultOptional();
    }

    private Checklist visible(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("entity.checklist", id));
    }

    /** The items of one version of the checklist, in order, with their version (its title). */
    public static List<ChecklistItem> items(long checklistId, int versionNo) {
        return ChecklistItem.list("from ChecklistItem i join fetch i.checklistVersion v where v.checklist.id = ?1"
                + " and v.versionNo = ?2 order by i.itemNo", checklistId, versionNo);
    }

    /** The checklist with one version's title and items (a version always has items). */
    private ChecklistDtos.Detail detailOf(Checklist c, int versionNo) {
        List<ChecklistItem> found = items(c.id, versionNo);
        String title = found.isEmpty() ? c.title : found.get(0).checklistVersion.title;
        List<ChecklistDtos.Item> items = found.stream()
                .map(i -> new ChecklistDtos.Item(i.itemNo, i.text, i.legalBasis, i.violation)).toList();
        return new ChecklistDtos.Detail(c.id, c.sectorCode, title, ownerId(c), ownerName(c), c.active, c.version,
                c.currentVersionNo, versionNo, items);
    }

    private static Long ownerId(Checklist c) {
        return c.ownerUnit == null ? null : c.ownerUnit.id;
    }

    private static String ownerName(Checklist c) {
        return c.ownerUnit == null ? null : c.ownerUnit.name;
    }

    // ------------------------------------------------------------------ keeping

    public ChecklistDtos.Detail create(ChecklistDtos.Input input) {
        Caller caller = currentUser.scoped();
        Unit owner = owner(input.ownerUnitId());
        String sector = input.sectorCode().trim();
        requireMaintainer(caller, owner, sector);
        Checklist checklist = new Checklist();
        checklist.townId = caller.townId();
        checklist.sectorCode = sector;
        checklist.title = input.title().trim();
        checklist.ownerUnit = owner;
        checklist.currentVersionNo = 1;
        checklist.persist();
        writeVersion(checklist, input.items(), caller);
        return detailOf(checklist, checklist.currentVersionNo);
    }

    /** Title, sector and owner change the checklist; the items become its next version. */
    public ChecklistDtos.Detail update(long id, ChecklistDtos.Input input) {
        Caller caller = currentUser.scoped();
        Checklist checklist = visible(id);
        requireMaintainer(caller, checklist.ownerUnit, checklist.sectorCode);
        Versions.requireCurrent(input.version(), checklist.version);
        Unit owner = owner(input.ownerUnitId());
        String sector = input.sectorCode().trim();
        requireMaintainer(caller, owner, sector);
        checklist.sectorCode = sector;
        checklist.title = input.title().trim();
        checklist.ownerUnit = owner;
        checklist.currentVersionNo += 1;
        checklist.updatedAt = clock.now();
        checklist.persistAndFlush();
        writeVersion(checklist, input.items(), caller);
        return detailOf(checklist, checklist.currentVersionNo);
    }

    public ChecklistDtos.Detail setActive(long id, Long version, boolean active) {
        Caller caller = currentUser.scoped();
        Checklist checklist = visible(id);
        requireMaintainer(caller, checklist.ownerUnit, checklist.sectorCode);
        Versions.requireCurrent(version, checklist.version);
        if (checklist.active != active) {
            checklist.active = active;
            checklist.persistAndFlush();
        }
        return detailOf(checklist, checklist.currentVersionNo);
    }

    private void requireMaintainer(Caller caller, Unit owner, String sector) {
        if (!ChecklistRules.mayMaintain(caller, owner, sector, currentUser.unitSectors())) {
            throw ProblemException.forbidden("checklist.maintain.forbidden");
        }
    }

    /** The owning office: a government unit of the caller's town (400 naming ownerUnitId otherwise); null stays null. */
    private Unit owner(Long ownerUnitId) {
        if (ownerUnitId == null) {
            return null;
        }
        Unit owner = units.scopedQuery(ownerUnitId).orElse(null);
        FieldErrors errors = new FieldErrors();
        if (owner == null) {
            errors.add("ownerUnitId", "hazard.unit.unknown", ownerUnitId);
        } else if (!owner.kind.mayHoldEnforcementPowers()) {
            errors.add("ownerUnitId", "checklist.owner.not-office");
        }
        errors.throwIfAny();
        return owner;
    }

    private void writeVersion(Checklist checklist, List<ChecklistDtos.ItemInput> items, Caller caller) {
        ChecklistVersion version = new ChecklistVersion();
        version.checklist = checklist;
        version.versionNo = checklist.currentVersionNo;
        version.title = checklist.title;
        version.createdAt = clock.now();
        version.createdBy = caller.username();
        version.persist();
        int no = 0;
        for (ChecklistDtos.ItemInput input : items) {
            ChecklistItem item = new ChecklistItem();
            item.checklistVersion = version;
            item.itemNo = ++no;
            item.text = input.text().trim();
            item.legalBasis = input.legalBasis().trim();
            item.violation = input.violation();
            item.persist();
        }
    }
}
