package com.anjian.hazard;

import com.anjian.common.time.BusinessClock;
import com.anjian.excel.ExportRows;
import com.anjian.excel.Exports;
import com.anjian.excel.Xlsx;
import com.anjian.ledger.LedgerRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Any filtered hazard list as a streamed .xlsx. */
@ApplicationScoped
public class HazardExport {

    @Inject
    BusinessClock clock;

    private static final List<String> HEADERS = List.of("隐患编号", "单位", "发现日期", "隐患部位", "隐患描述", "行业领域",
            "隐患类别", "隐患等级", "来源", "状态", "责任单位", "责任人", "整改期限", "是否逾期", "逾期天数", "销号日期");
    private static final int[] WIDTHS = {14, 16, 12, 18, 36, 12, 10, 10, 10, 10, 16, 10, 12, 10, 10, 12};
    private static final Map<HazardStatus, String> STATUSES = Map.of(HazardStatus.FOUND, "已发现", HazardStatus.REGISTERED, "已登记",
            HazardStatus.RECTIFYING, "整改中", HazardStatus.AWAITING_VERIFICATION, "待验收", HazardStatus.VERIFIED, "已验收",
            HazardStatus.CLOSED, "已销号");
    private static final Map<HazardSource, String> SOURCES = Map.of(HazardSource.INSPECTION, "检查", HazardSource.PATROL, "巡查",
            HazardSource.SELF_CHECK, "自查", HazardSource.PUBLIC_REPORT, "群众举报");

    @Inject
    HazardService hazards;

    @Inject
    EntityManager em;

    /** One line of the sheet, read as it is written: the hazard's columns and the names it shows. */
    public record Line(String serial, String unitName, LocalDate foundOn, String place, String description, String sectorName,
                       CauseCategory causeCategory, HazardGrade grade, HazardSource source, HazardState state, LocalDate completedOn,
                       String responsibleUnitName, String responsiblePerson, LocalDate deadline, Instant closedAt) {
    }

    private static final String SELECT = "select new " + Line.class.getName() + "(h.serial, u.name, h.foundOn, h.place,"
            + " h.description, s.nameZh, h.causeCategory, h.grade, h.source, h.state, h.completedOn, r.name, h.responsiblePerson,"
            + " coalesce(h.orderDeadline, h.deadline), h.closedAt)"
            + " from Hazard h join h.unit u join h.sector s left join h.responsibleUnit r";

    /** The scope and filter are read now, in the request (the list's own); rows are read while the response is written. */
    public StreamingOutput export(HazardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = hazards.where(filter, params);
        LocalDate today = hazards.today();
        var zone = clock.zone();
        var layout = new Exports.Layout("隐患清单", "隐患清单", "导出日期：" + today, HEADERS, WIDTHS);
        var rows = new ExportRows<>(Line.class, SELECT + " where (" + where + ") order by h.id", params);
        return Exports.stream(em, layout, rows, (sink, h) -> {
            boolean overdue = h.state().canBeOverdue() && h.deadline() != null && h.deadline().isBefore(today);
            sink.next()
                    .text(0, h.serial())
                    .text(1, h.unitName())
                    .date(2, h.foundOn())
                    .text(3, h.place())
                    .text(4, h.description())
                    .text(5, h.sectorName())
                    .text(6, LedgerRows.category(h.causeCategory()))
                    .text(7, LedgerRows.grade(h.grade()))
                    .text(8, SOURCES.get(h.source()))
                    .text(9, STATUSES.get(HazardStatus.of(h.state(), h.completedOn() != null)))
                    .text(10, h.responsibleUnitName())
                    .text(11, h.responsiblePerson())
                    .date(12, h.deadline())
                    .text(13, overdue ? "是" : "否")
                    .number(14, overdue ? ChronoUnit.DAYS.between(h.deadline(), today) : 0)
                    .date(15, Xlsx.toLocalDate(h.closedAt(), zone));
        });
    }
}
