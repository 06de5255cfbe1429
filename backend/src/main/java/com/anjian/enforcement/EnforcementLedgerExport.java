package com.anjian.enforcement;

import com.anjian.common.paging.PageQuery;
import com.anjian.common.text.ChineseMoney;
import com.anjian.common.time.BusinessClock;
import com.anjian.document.DocumentKind;
import com.anjian.excel.ExportRows;
import com.anjian.excel.Exports;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enforcement ledger (执法台账) as a streamed .xlsx: the list's own scope, filters and order, one
 * row per case, and a totals row summed from the rows written (so it always agrees with them).
 */
@ApplicationScoped
public class EnforcementLedgerExport {

    static final List<String> HEADERS = List.of("序号", "检查编号", "执法单位", "当事单位", "行业领域", "立案日期", "案件状态",
            "派出人次", "责令整改文书号", "整改期限", "处罚决定书号", "处罚决定日期", "罚款金额（元）", "缴款日期", "不予处罚理由",
            "专项整治行动");
    private static final int[] WIDTHS = {6, 14, 14, 18, 12, 12, 14, 8, 24, 12, 24, 12, 14, 12, 20, 20};

    /** The words of the states, as the pages show them. */
    static final Map<CaseState, String> STATES = new EnumMap<>(Map.of(CaseState.INSPECTED, "已检查", CaseState.ORDERED, "已责令限期整改",
            CaseState.REINSPECTED, "已复查", CaseState.PENALTY_NOTIFIED, "已告知拟处罚", CaseState.PENALTY_DECIDED, "已作出处罚决定",
            CaseState.FINE_PAID, "罚款已缴纳", CaseState.CLOSED, "已结案", CaseState.NO_PENALTY, "不予处罚结案",
            CaseState.WITHDRAWN, "已撤销"));

    @Inject
    EnforcementCaseService cases;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    /** One line of the sheet, read as it is written. */
    public record Line(String inspectionSerial, String officeName, String partyName, String sectorName, LocalDate openedOn,
                       CaseState state, int personsDispatched, String orderNumber, LocalDate orderDeadline, String decisionNumber,
                       LocalDate penaltyDecidedOn, BigDecimal fineAmount, LocalDate finePaidOn, NoPenaltyReason noPenaltyReason,
                       String campaignTitle) {
    }

    private static final String SELECT = "select new " + Line.class.getName() + "(i.serial, o.name, p.name, s.nameZh, c.openedOn,"
            + " c.state, c.personsDispatched, od.number, c.orderDeadline, dd.number, c.penaltyDecidedOn, c.fineAmount, c.finePaidOn,"
            + " c.noPenaltyReason, cp.title)"
            + " from EnforcementCase c join c.inspection i join c.officeUnit o join c.partyUnit p"
            + " left join Sector s on s.code = c.sectorCode left join Campaign cp on cp.id = c.campaignId"
            + " left join EnforcementDocument od on od.enforcementCase = c and od.kind = :orderKind"
            + " left join EnforcementDocument dd on dd.enforcementCase = c and dd.kind = :decisionKind";

    /** The scope and filters are read now, in the request (the list's own); rows are read while the response is written. */
    public StreamingOutput export(EnforcementFilter filter, String sort) {
        Map<String, Object> params = new HashMap<>();
        String where = cases.where(filter, params);
        Sort order = EnforcementCaseService.sort(sort);
        params.put("orderKind", DocumentKind.RECTIFICATION_ORDER);
        params.put("decisionKind", DocumentKind.PENALTY_DECISION);
        var layout = new Exports.Layout("执法台账", "执法台账", "导出日期：" + clock.today(), HEADERS, WIDTHS);
        var rows = new ExportRows<>(Line.class, SELECT + " where " + where + PageQuery.orderBy(order), params);
        return out -> {
            Sums sums = new Sums();
            Exports.write(out, layout, sink -> {
                rows.forEach(em, line -> {
                    sums.add(line);
                    sink.next()
                            .number(0, sums.cases)
                            .text(1, line.inspectionSerial())
                            .text(2, line.officeName())
                            .text(3, line.partyName())
                            .text(4, line.sectorName())
                            .date(5, line.openedOn())
                            .text(6, STATES.get(line.state()))
                            .number(7, line.personsDispatched())
                            .text(8, line.orderNumber())
                            .date(9, line.orderDeadline())
                            .text(10, line.decisionNumber())
                            .date(11, line.penaltyDecidedOn())
                            .money(12, line.fineAmount())
                            .date(13, line.finePaidOn())
                            .text(14, line.noPenaltyReason() == null ? null : line.noPenaltyReason().label())
                            .text(15, line.campaignTitle());
                });
                sink.next()
                        .text(0, "合计")
                        .text(1, "案件 " + sums.cases + " 件；处罚 " + sums.penalised + " 件；不予处罚 " + sums.noPenalty
                                + " 件；撤销 " + sums.withdrawn + " 件；罚款 " + ChineseMoney.wan(sums.fines))
                        .number(7, sums.persons)
                        .money(12, sums.fines);
            });
        };
    }

    /** The ledger's totals, by the same definitions as {@link EnforcementCaseService#totals}. */
    private static final class Sums {
        long cases;
        long penalised;
        long noPenalty;
        long withdrawn;
        long persons;
        BigDecimal fines = BigDecimal.ZERO.setScale(2);

        void add(Line line) {
            cases++;
            persons += line.personsDispatched();
            if (line.state() == CaseState.NO_PENALTY) {
                noPenalty++;
            }
            if (line.state() == CaseState.WITHDRAWN) {
                withdrawn++;
            } else if (line.penaltyDecidedOn() != null) {
                penalised++;
                fines = fines.add(line.fineAmount() == null ? BigDecimal.ZERO : line.fineAmount());
            }
        }
    }
}
