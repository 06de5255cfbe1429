package com.anjian.hazard;

import com.anjian.common.time.BusinessClock;
import com.anjian.excel.Batches;
import com.anjian.excel.Exports;
import com.anjian.excel.Xlsx;
import com.anjian.ledger.LedgerRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.Row;

import java.time.LocalDate;
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

    @Inject
    com.anjian.common.AnjianConfig config;

    /** The scope and filter are read now, in the request; rows are read while the response is written. */
    public StreamingOutput export(HazardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = hazards.where(filter, params);
        LocalDate today = hazards.today();
        var zone = clock.zone();
        return out -> Exports.write(out, "隐患清单", "隐患清单", "导出日期：" + today, HEADERS, WIDTHS,
                sink -> Batches.forEach(em, Hazard.class, "select h from Hazard h join fetch h.unit join fetch h.sector"
                                + " left join fetch h.responsibleUnit where (" + where + ") and h.id > :after order by h.id",
                        params, h -> h.id, h -> {
                            Row row = sink.row();
                            var s = sink.styles();
                            boolean overdue = h.isOverdue(today);
                            int i = 0;
                            Xlsx.text(row, i++, h.serial, s);
                            Xlsx.text(row, i++, h.unit.name, s);
                            Xlsx.date(row, i++, h.foundOn, s);
                            Xlsx.text(row, i++, h.place, s);
                            Xlsx.text(row, i++, h.description, s);
                            Xlsx.text(row, i++, h.sector.nameZh, s);
                            Xlsx.text(row, i++, LedgerRows.category(h.causeCategory), s);
                            Xlsx.text(row, i++, LedgerRows.grade(h.grade), s);
                            Xlsx.text(row, i++, SOURCES.get(h.source), s);
                            Xlsx.text(row, i++, STATUSES.get(HazardStatus.of(h)), s);
                            Xlsx.text(row, i++, h.responsibleUnit == null ? null : h.responsibleUnit.name, s);
                            Xlsx.text(row, i++, h.responsiblePerson, s);
                            Xlsx.date(row, i++, h.effectiveDeadline(), s);
                            Xlsx.text(row, i++, overdue ? "是" : "否", s);
                            Xlsx.number(row, i++, overdue ? java.time.temporal.ChronoUnit.DAYS.between(h.effectiveDeadline(), today) : 0, s);
                            Xlsx.date(row, i, Xlsx.toLocalDate(h.closedAt, zone), s);
                        }));
    }
}
