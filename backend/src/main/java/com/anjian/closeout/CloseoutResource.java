package com.anjian.closeout;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.Sorting;
import com.anjian.common.validation.IsoDate;
import com.anjian.common.security.Roles;
import com.anjian.excel.Batches;
import com.anjian.excel.Exports;
import com.anjian.excel.Xlsx;
import com.anjian.hazard.HazardScope;
import com.anjian.ledger.LedgerRows;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.Row;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/closeouts")
@RolesAllowed({Roles.TOWN_ADMIN, Roles.LEADER, Roles.OFFICE_HEAD, Roles.VILLAGE_OFFICER})
@Tag(name = "Close-out ledger", description = "隐患销号台账: hazards that completed the five-step loop")
public class CloseoutResource {

    @Inject
    BusinessClock clock;

    private static final List<String> HEADERS = List.of("销号编号", "隐患编号", "单位", "发现日期", "隐患部位", "隐患描述",
            "隐患类别", "隐患等级", "整改措施", "责任人", "整改期限", "整改资金（元）", "完成日期", "复查人", "复查日期", "销号日期", "销号人");
    private static final int[] WIDTHS = {14, 14, 16, 12, 18, 36, 10, 10, 30, 10, 12, 12, 12, 10, 12, 12, 12};

    private static final Map<String, String> SORTABLE = Map.of(
            "closedAt", "c.closedAt", "closeoutNo", "c.closeoutNo", "foundOn", "h.foundOn", "unitName", "h.unit.name");

    @Inject
    HazardScope scope;

    @Inject
    EntityManager em;

    @Inject
    AnjianConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCloseouts", summary = "The close-out ledger entries you may see (default: newest first; sort by closedAt, closeoutNo, foundOn or unitName)")
    public CloseoutPage list(@QueryParam("from") @IsoDate @Parameter(description = "Closed on or after, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                             @QueryParam("to") @IsoDate @Parameter(description = "Closed on or before, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
                             @Valid @BeanParam PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(from, to, params);
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("c.closedAt"), "c.id");
        List<CloseoutDto> items = CloseoutEntry.<CloseoutEntry>find(
                        "from CloseoutEntry c join fetch c.hazard h join fetch h.unit where " + where, sort, params)
                .page(paging.index(), paging.size).list().stream().map(CloseoutDto::of).toList();
        long total = CloseoutEntry.count("from CloseoutEntry c join c.hazard h where " + where, params);
        return new CloseoutPage(items, paging, total);
    }

    @GET
    @Path("/export")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(operationId = "exportCloseouts", summary = "The close-out ledger as .xlsx (streamed, any length)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("from") @IsoDate @Parameter(description = "Closed on or after, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                           @QueryParam("to") @IsoDate @Parameter(description = "Closed on or before, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        Map<String, Object> params = new HashMap<>();
        String where = where(from, to, params);
        String range = (from == null ? "" : from) + " 至 " + (to == null ? "今" : to);
        var zone = clock.zone();
        StreamingOutput body = out -> Exports.write(out, "隐患销号台账", "隐患销号台账", "销号日期：" + range, HEADERS, WIDTHS,
                sink -> Batches.forEach(em, CloseoutEntry.class,
                        "select c from CloseoutEntry c join fetch c.hazard h join fetch h.unit where " + where
                                + " and c.id > :after order by c.id", params, c -> c.id, c -> {
                            var h = c.hazard;
                            Row row = sink.row();
                            var s = sink.styles();
                            int i = 0;
                            Xlsx.text(row, i++, c.closeoutNo, s);
                            Xlsx.text(row, i++, h.serial, s);
                            Xlsx.text(row, i++, h.unit.name, s);
                            Xlsx.date(row, i++, h.foundOn, s);
                            Xlsx.text(row, i++, h.place, s);
                            Xlsx.text(row, i++, h.description, s);
                            Xlsx.text(row, i++, LedgerRows.category(h.causeCategory), s);
                            Xlsx.text(row, i++, LedgerRows.grade(h.grade), s);
                            Xlsx.text(row, i++, h.measures, s);
                            Xlsx.text(row, i++, h.responsiblePerson, s);
                            Xlsx.date(row, i++, h.effectiveDeadline(), s);
                            Xlsx.money(row, i++, h.funds, s);
                            Xlsx.date(row, i++, h.completedOn, s);
                            Xlsx.text(row, i++, h.verifierName, s);
                            Xlsx.date(row, i++, h.verifiedOn, s);
                            Xlsx.date(row, i++, Xlsx.toLocalDate(c.closedAt, zone), s);
                            Xlsx.text(row, i, c.closedByName, s);
                        }));
        return Response.ok(body, Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", Exports.disposition("隐患销号台账.xlsx")).build();
    }

    private String where(String from, String to, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(").append(scope.condition(params)).append(")");
        if (from != null && !from.isBlank()) {
            where.append(" and c.closedAt >= :from");
            params.put("from", date(from, "from").atStartOfDay(clock.zone()).toInstant());
        }
        if (to != null && !to.isBlank()) {
            where.append(" and c.closedAt < :to");
            params.put("to", date(to, "to").plusDays(1).atStartOfDay(clock.zone()).toInstant());
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
