package com.anjian.closeout;

import com.anjian.common.error.ProblemException;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageQuery;
import com.anjian.common.paging.Sorting;
import com.anjian.common.time.BusinessClock;
import com.anjian.excel.ExportRows;
import com.anjian.excel.Exports;
import com.anjian.excel.Xlsx;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardScope;
import com.anjian.ledger.LedgerRows;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The close-out ledger (隐患销号台账), town-wide or one office's own: the entries of hazards the caller
 * may see ({@link HazardScope}), filtered, as a page or a streamed workbook.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CloseoutService {

    private static final List<String> HEADERS = List.of("销号编号", "隐患编号", "单位", "发现日期", "隐患部位", "隐患描述",
            "隐患类别", "隐患等级", "整改措施", "责任人", "整改期限", "整改资金（元）", "完成日期", "复查人", "复查日期", "销号日期",
            "销号人", "销号单位");
    private static final int[] WIDTHS = {14, 14, 16, 12, 18, 36, 10, 10, 30, 10, 12, 12, 12, 10, 12, 12, 12, 16};

    /** A condition on the entry's hazard (alias h). */
    private static final Pattern ON_HAZARD = Pattern.compile("\\bh\\.");

    private static final Map<String, String> SORTABLE = Map.of(
            "closedAt", "c.closedAt", "closeoutNo", "c.closeoutNo", "foundOn", "h.foundOn", "unitName", "h.unit.name");

    @Inject
    BusinessClock clock;

    @Inject
    HazardScope scope;

    @Inject
    EntityManager em;

    @Inject
    UnitService units;

    public CloseoutPage list(CloseoutFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("c.closedAt"), "c.id");
        // The page's ids first, from the entries (and their hazards for the scope) in the list's order
        // (PageQuery); then those entries with what they show. No join of sectors: the code is the hazard's.
        // A town-wide caller's page and total need no hazard at all unless a filter or the sort is on it:
        // then both come from the close-outs' own index, without a look-up of each entry's hazard.
        boolean onHazard = ON_HAZARD.matcher(where).find() || sort.getColumns().stream().anyMatch(c -> c.getName().startsWith("h."));
        String from = onHazard ? "CloseoutEntry c join c.hazard h" : "CloseoutEntry c";
        List<Long> ids = PageQuery.ids(em, "select c.id from " + from, where, sort, params, paging);
        List<CloseoutEntry> page = PageQuery.rows(em, CloseoutEntry.class, "from CloseoutEntry c left join fetch c.hazard h"
                + " left join fetch h.unit left join fetch c.closingUnit where c.id in ", ids); // left joins: PageQuery
        List<CloseoutDto> items = PageQuery.inOrder(ids, page, c -> c.id).stream().map(CloseoutDto::of).toList();
        long total = PageQuery.count(em, from, where, params);
        return new CloseoutPage(items, paging, total);
    }

    /** One line of the close-out ledger, read as it is written: the entry, its hazard's columns and the names it shows. */
    public record Line(String closeoutNo, String serial, String unitName, LocalDate foundOn, String place, String description,
                       CauseCategory causeCategory, HazardGrade grade, String measures, String responsiblePerson, LocalDate deadline,
                       BigDecimal funds, LocalDate completedOn, String verifierName, LocalDate verifiedOn, Instant closedAt,
                       String closedByName, String closingUnitName) {
    }

    private static final String SELECT = "select new " + Line.class.getName() + "(c.closeoutNo, h.serial, u.name, h.foundOn,"
            + " h.place, h.description, h.causeCategory, h.grade, h.measures, h.responsiblePerson, coalesce(h.orderDeadline, h.deadline),"
            + " h.funds, h.completedOn, h.verifierName, h.verifiedOn, c.closedAt, c.closedByName, cu.name)"
            + " from CloseoutEntry c join c.hazard h join h.unit u left join c.closingUnit cu";

    /** The scope and filter are read now, in the request (the list's own); rows are read while the response is written. */
    public StreamingOutput export(CloseoutFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        var zone = clock.zone();
        var layout = new Exports.Layout("隐患销号台账", "隐患销号台账", subtitle(filter), HEADERS, WIDTHS);
        var rows = new ExportRows<>(Line.class, SELECT + " where " + where + " order by c.id", params);
        return Exports.stream(em, layout, rows, (sink, c) -> sink.next()
                .text(0, c.closeoutNo())
                .text(1, c.serial())
                .text(2, c.unitName())
                .date(3, c.foundOn())
                .text(4, c.place())
                .text(5, c.description())
                .text(6, LedgerRows.category(c.causeCategory()))
                .text(7, LedgerRows.grade(c.grade()))
                .text(8, c.measures())
                .text(9, c.responsiblePerson())
                .date(10, c.deadline())
                .money(11, c.funds())
                .date(12, c.completedOn())
                .text(13, c.verifierName())
                .date(14, c.verifiedOn())
                .date(15, Xlsx.toLocalDate(c.closedAt(), zone))
                .text(16, c.closedByName())
                .text(17, c.closingUnitName()));
    }

    /** What the sheet holds, under its title: the range closed (全部 when none), and the office or unit chosen. */
    private String subtitle(CloseoutFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.closingUnitId != null) {
            parts.add("销号单位：" + unitName(filter.closingUnitId));
        }
        if (filter.unitId != null) {
            parts.add("隐患所在单位：" + unitName(filter.unitId));
        }
        boolean from = filter.from != null && !filter.from.isBlank();
        boolean to = filter.to != null && !filter.to.isBlank();
        String range = from && to ? filter.from.trim() + " 至 " + filter.to.trim()
                : from ? filter.from.trim() + " 起"
                : to ? "至 " + filter.to.trim()
                : "全部";
        parts.add("销号日期：" + range);
        return String.join("　", parts);
    }

    private String unitName(long unitId) {
        return units.scopedQuery(unitId).map(unit -> unit.name).orElse(String.valueOf(unitId));
    }

    private String where(CloseoutFilter filter, Map<String, Object> params) {
        // An entry is always of its hazard's town; saying so lets the page and its total read the
        // close-outs' own (town_id, closed_at) index in order instead of every hazard of the town.
        String hazardScope = scope.condition(params);
        StringBuilder where = new StringBuilder("c.townId = :scopeTown");
        if (!scope.townWide()) {
            where.append(" and (").append(hazardScope).append(")");
        }
        if (filter.from != null && !filter.from.isBlank()) {
            where.append(" and c.closedAt >= :from");
            params.put("from", clock.startOf(date(filter.from, "from")));
        }
        if (filter.to != null && !filter.to.isBlank()) {
            where.append(" and c.closedAt < :to");
            params.put("to", clock.startOf(date(filter.to, "to").plusDays(1)));
        }
        if (filter.unitId != null) {
            where.append(" and h.unit.id = :unitId");
            params.put("unitId", filter.unitId);
        }
        if (filter.closingUnitId != null) {
            where.append(" and c.closingUnit.id = :closingUnitId");
            params.put("closingUnitId", filter.closingUnitId);
        }
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.append(" and h.sector.code = :sector");
            params.put("sector", filter.sector.trim());
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (c.closeoutNo like :q or h.serial like :q or h.place like :q or h.description like :q)");
            params.put("q", Sorting.likePattern(filter.q));
        }
        return where.toString();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "anjian.date");
        }
    }
}
