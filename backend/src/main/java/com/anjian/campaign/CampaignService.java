package com.anjian.campaign;

import com.anjian.common.error.FieldErrors;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.Versions;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageQuery;
import com.anjian.common.paging.Sorting;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.common.time.BusinessClock;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Special campaigns of the caller's town: every person of the town reads them; town admins and the
 * head of the leading office keep them. Their figures are counted from the inspections made for them
 * and the hazards those registered, each time they are read.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    private static final Map<String, String> SORTABLE = Map.of("startsOn", "c.startsOn", "title", "c.title", "updatedAt", "c.updatedAt");

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignDtos.Page list(CampaignFilter filter, PageParams paging) {
        Caller caller = currentUser.scoped();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("c.townId = :town");
        params.put("town", caller.townId());
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.append(" and c.sectorCode = :sector");
            params.put("sector", filter.sector.trim());
        }
        if (filter.active != null) {
            String running = "(c.startsOn <= :today and c.endsOn >= :today)";
            where.append(filter.active ? " and " + running : " and not " + running);
            params.put("today", clock.today());
        }
        if (filter.year != null) {
            where.append(" and c.startsOn <= :yearEnd and c.endsOn >= :yearStart");
            params.put("yearStart", LocalDate.of(filter.year, 1, 1));
            params.put("yearEnd", LocalDate.of(filter.year, 12, 31));
        }
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("c.startsOn"), "c.id");
        List<Long> ids = PageQuery.ids(em, "select c.id from Campaign c", where.toString(), sort, params, paging);
        List<Campaign> rows = PageQuery.rows(em, Campaign.class, "from Campaign c left join fetch c.leadingUnit where c.id in ", ids);
        Map<Long, CampaignDtos.Figures> figures = figures(ids);
        List<CampaignDtos.Summary> items = PageQuery.inOrder(ids, rows, c -> c.id).stream()
                .map(c -> new CampaignDtos.Summary(c.id, c.title, c.sectorCode, c.startsOn, c.endsOn, c.leadingUnit.id,
                        c.leadingUnit.name, figures.get(c.id)))
                .toList();
        return new CampaignDtos.Page(items, paging, PageQuery.count(em, "Campaign c", where.toString(), params));
    }

    /**
     * The figures of these campaigns, counted now in three statements: their inspections (and the
     * inspectors dispatched), the hazards registered from those inspections' failed items, and their
     * penalised enforcement cases (a penalty decided, not withdrawn: as the enforcement ledger counts them)
     * with their fines.
     */
    Map<Long, CampaignDtos.Figures> figures(List<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal> fines = new HashMap<>();
        ids.forEach(id -> counts.put(id, new long[5]));
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> inspections = em.createNativeQuery("SELECT i.campaign_id, COUNT(*), COALESCE(SUM(i.inspector_count), 0)"
                    + " FROM inspection i WHERE i.campaign_id IN (:ids) GROUP BY i.campaign_id").setParameter("ids", ids).getResultList();
            for (Object[] row : inspections) {
                long[] c = counts.get(((Number) row[0]).longValue());
                c[0] = ((Number) row[1]).longValue();
                c[1] = ((Number) row[2]).longValue();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> hazards = em.createNativeQuery("SELECT i.campaign_id, COUNT(*),"
                    + " SUM(CASE WHEN h.state = 'CLOSED' THEN 1 ELSE 0 END) FROM hazard h"
                    + " JOIN inspection_result r ON r.id = h.inspection_result_id JOIN inspection i ON i.id = r.inspection_id"
                    + " WHERE i.campaign_id IN (:ids) GROUP BY i.campaign_id").setParameter("ids", ids).getResultList();
            for (Object[] row : hazards) {
                long[] c = counts.get(((Number) row[0]).longValue());
                c[2] = ((Number) row[1]).longValue();
                c[3] = ((Number) row[2]).longValue();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> penalised = em.createNativeQuery("SELECT c.campaign_id, COUNT(*), COALESCE(SUM(c.fine_amount), 0)"
                    + " FROM enforcement_case c WHERE c.campaign_id IN (:ids) AND c.penalty_decided_on IS NOT NULL"
                    + " AND c.state <> 'WITHDRAWN' GROUP BY c.campaign_id").setParameter("ids", ids).getResultList();
            for (Object[] row : penalised) {
                long id = ((Number) row[0]).longValue();
                counts.get(id)[4] = ((Number) row[1]).longValue();
                fines.put(id, new BigDecimal(row[2].toString()));
            }
        }
        Map<Long, CampaignDtos.Figures> figures = new HashMap<>();
        counts.forEach((id, c) -> {
            BigDecimal yuan = fines.getOrDefault(id, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            figures.put(id, new CampaignDtos.Figures(c[1], c[0], c[2], c[3], c[4], yuan.toPlainString(), wan(yuan), c[0] > 0));
        });
        return figures;
    }

    /** 10600 → 1.06万元, 0 → 0万元. */
    static String wan(BigDecimal yuan) {
        return com.anjian.common.text.ChineseMoney.wan(yuan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignDtos.Detail detail(long id) {
        return detailOf(visible(id));
    }

    public Optional<Campaign> find(long id) {
        Caller caller = currentUser.scoped();
        // with its units taking part: read outside a transaction, the set could not be loaded later
        return Campaign.<Campaign>find("from Campaign c join fetch c.leadingUnit left join fetch c.unitIds"
                + " where c.id = ?1 and c.townId = ?2", id, caller.townId()).singleResultOptional();
    }

    private Campaign visible(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("entity.campaign", id));
    }

    private CampaignDtos.Detail detailOf(Campaign c) {
        List<CampaignDtos.UnitRef> participants = c.unitIds.isEmpty() ? List.of()
                : em.createQuery("select u.id, u.name from Unit u where u.id in :ids order by u.name", Object[].class)
                .setParameter("ids", c.unitIds).getResultList().stream()
                .map(r -> new CampaignDtos.UnitRef((Long) r[0], (String) r[1])).toList();
        return new CampaignDtos.Detail(c.id, c.title, c.sectorCode, c.startsOn, c.endsOn, c.leadingUnit.id, c.leadingUnit.name,
                c.goal, participants, c.version, figures(List.of(c.id)).get(c.id));
    }

    public CampaignDtos.Detail create(CampaignDtos.Input input) {
        Caller caller = currentUser.scoped();
        Campaign campaign = new Campaign();
        campaign.townId = caller.townId();
        apply(campaign, input, caller);
        campaign.persist();
        return detailOf(campaign);
    }

    public CampaignDtos.Detail update(long id, CampaignDtos.Input input) {
        Caller caller = currentUser.scoped();
        Campaign campaign = visible(id);
        requireKeeper(caller, campaign.leadingUnit);
        Versions.requireCurrent(input.version(), campaign.version);
        apply(campaign, input, caller);
        campaign.persistAndFlush();
        return detailOf(campaign);
    }

    private void apply(Campaign campaign, CampaignDtos.Input input, Caller caller) {
        FieldErrors errors = new FieldErrors();
        Unit leading = units.scopedQuery(input.leadingUnitId()).orElse(null);
        if (leading == null) {
            errors.add("leadingUnitId", "hazard.unit.unknown", input.leadingUnitId());
        } else if (!leading.kind.mayHoldEnforcementPowers()) {
            errors.add("leadingUnitId", "inspection.inspecting-unit.not-office");
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            errors.add("endsOn", "campaign.ends-before-start");
        }
        List<Long> participants = new ArrayList<>(new LinkedHashSet<>(input.participatingUnitIds() == null ? List.of()
                : input.participatingUnitIds()));
        for (int n = 0; n < participants.size(); n++) {
            if (units.scopedQuery(participants.get(n)).isEmpty()) {
                errors.add("participatingUnitIds[" + n + "]", "hazard.unit.unknown", participants.get(n));
            }
        }
        errors.throwIfAny();
        requireKeeper(caller, leading);
        campaign.title = input.title().trim();
        campaign.sectorCode = input.sectorCode().trim();
        campaign.startsOn = input.startsOn();
        campaign.endsOn = input.endsOn();
        campaign.leadingUnit = leading;
        campaign.goal = input.goal() == null || input.goal().isBlank() ? null : input.goal().trim();
        if (!campaign.unitIds.equals(new java.util.TreeSet<>(participants))) {
            campaign.unitIds.clear();
            campaign.unitIds.addAll(participants);
        }
    }

    /** Town admins keep any campaign; an office head those its office leads. */
    private static void requireKeeper(Caller caller, Unit leading) {
        boolean leads = caller.is(Roles.OFFICE_HEAD) && leading != null && Objects.equals(leading.id, caller.unitId());
        if (!caller.is(Roles.TOWN_ADMIN) && !leads) {
            throw ProblemException.forbidden("campaign.forbidden");
        }
    }
}
