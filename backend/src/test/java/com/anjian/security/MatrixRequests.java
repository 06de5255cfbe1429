package com.anjian.security;

import com.anjian.security.MatrixWorld.HazardRef;
import com.anjian.security.MatrixWorld.Side;
import com.anjian.security.MatrixWorld.Stage;
import com.anjian.support.Api;
import com.anjian.support.Files;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Sheets;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to call each operation of the contract as an identity on its own, other or other-town object
 * (the rows of authorization-matrix.txt). A plain GET whose path parameters name a known kind of
 * object needs no recipe: {@link #genericGet} builds it from the path. Anything else needs one here.
 *
 * <p>{@code allowed} says the matrix expects success: a write that must succeed then gets a fresh
 * object (a new hazard in the right state, a new office, a new person), and the identities that must
 * be refused share one object, which is replaced if a refusal fails and it changed after all.
 */
final class MatrixRequests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<Target> ALL = EnumSet.allOf(Target.class);
    private static final Set<Target> OWN = EnumSet.of(Target.OWN);

    @FunctionalInterface
    interface Send {
        Response send(Identity who, Target target, boolean allowed);
    }

    record Recipe(Set<Target> targets, Send send) {
    }

    private MatrixRequests() {
    }

    static Map<String, Recipe> recipes(MatrixWorld w) {
        Map<String, Recipe> r = new HashMap<>();
        // Plain GETs of one object or of reference data (getHazard, getUnit, getPerson, getLedger,
        // exportLedger, the histories, attachment content, getMe, listSectors, getSettings, ledgerBoard)
        // have no recipe here: genericGet builds them from their paths, as it will for new ones.

        // ---------------------------------------------------------------- attachments
        r.put("uploadAttachment", new Recipe(OWN, (who, t, ok) -> who.request().contentType(ContentType.MULTIPART)
                .multiPart("file", "现场.jpg", Files.jpeg(), "image/jpeg").post("/api/v1/attachments")));

        // ---------------------------------------------------------------- close-out ledger
        r.put("listCloseouts", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/closeouts")));
        r.put("exportCloseouts", new Recipe(OWN, (who, t, ok) -> who.request().accept(XLSX).get("/api/v1/closeouts/export")));

        // ---------------------------------------------------------------- hazards
        r.put("reportHazard", new Recipe(ALL, (who, t, ok) -> who.request()
                .body(w.hazardInput(w.unitId(who, t), "GAS", null)).post("/api/v1/hazards")));
        r.put("listHazards", new Recipe(ALL, (who, t, ok) -> filtered(who.request(), w, who, t).queryParam("size", 100)
                .get("/api/v1/hazards")));
        r.put("exportHazards", new Recipe(ALL, (who, t, ok) -> filtered(who.request(), w, who, t).accept(XLSX)
                .get("/api/v1/hazards/export")));
        r.put("registerHazard", step(w, Stage.FOUND, "register",
                (h, side, who, ok) -> w.registerInput(h.version, side.villageId(), false)));
        r.put("orderRectification", step(w, Stage.REGISTERED, "order", (h, side, who, ok) -> w.orderInput(h.version)));
        r.put("addRectificationProgress", step(w, Stage.RECTIFYING, "progress",
                (h, side, who, ok) -> Map.of("version", h.version, "note", "矩阵测试：整改进展")));
        r.put("completeRectification", step(w, Stage.RECTIFYING, "complete", (h, side, who, ok) -> w.completeInput(h.version)));
        // A passing verification needs the verifier's own photo; who must be refused sends none (the
        // refusal comes first, and a wrongly allowed step then fails for want of a photo, not silently).
        r.put("verifyHazard", step(w, Stage.COMPLETED, "verify", (h, side, who, ok) ->
                MatrixWorld.verifyInput(h.version, ok ? List.of(Hazards.photo(who.login)) : List.of())));
        r.put("closeHazard", step(w, Stage.VERIFIED, "close", (h, side, who, ok) -> Map.of("version", h.version)));
        r.put("markReportedToDistrict", step(w, Stage.MAJOR_REGISTERED, "district-report",
                (h, side, who, ok) -> Map.of("version", h.version)));

        // ---------------------------------------------------------------- monthly ledgers
        r.put("downloadLedgerTemplate", new Recipe(ALL, (who, t, ok) -> who.request().accept(XLSX)
                .queryParam("unitId", w.unitId(who, t)).queryParam("period", w.month).get("/api/v1/ledgers/template")));
        r.put("submitLedger", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            if (ok && who.kind == Identity.Kind.TOWN_ADMIN) {
                long office = w.freshOffice(town);
                return who.request().body(Map.of("version", 0, "nilReturn", true)).post(w.ledgerPath(office) + "/submit");
            }
            long unit = w.unitId(who, t);
            long version = w.editableLedger(town, unit);
            return who.request().body(Map.of("version", version, "nilReturn", false)).post(w.ledgerPath(unit) + "/submit");
        }));
        r.put("importLedger", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            long unit;
            if (ok && who.kind == Identity.Kind.TOWN_ADMIN) {
                unit = w.freshOffice(town);
            } else {
                unit = w.unitId(who, t);
                w.editableLedger(town, unit);
            }
            byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(new ArrayList<>(Arrays.asList(
                    1, null, w.today.toString(), "矩阵测试部位", Fixtures.unique("矩阵导入隐患"), "物", "一般"))));
            return who.request().contentType(ContentType.MULTIPART).multiPart("file", "矩阵台账.xlsx", sheet, XLSX)
                    .post(w.ledgerPath(unit) + "/import");
        }));
        r.put("returnLedger", new Recipe(ALL, (who, t, ok) -> review(w, who, t, ok, "/return")));
        r.put("acceptLedger", new Recipe(ALL, (who, t, ok) -> review(w, who, t, ok, "/accept")));

        // ---------------------------------------------------------------- notifications
        r.put("listNotifications", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/notifications")));
        r.put("markAllNotificationsRead", new Recipe(OWN, (who, t, ok) -> who.request().post("/api/v1/notifications/read-all")));
        r.put("markNotificationRead", new Recipe(ALL, (who, t, ok) -> who.request()
                .post("/api/v1/notifications/" + w.notification(who, t) + "/read")));

        // ---------------------------------------------------------------- people
        r.put("listPeople", new Recipe(ALL, (who, t, ok) -> filtered(who.request(), w, who, t).queryParam("size", 100)
                .get("/api/v1/people")));
        r.put("createPerson", new Recipe(ALL, (who, t, ok) -> who.request()
                .body(Map.of("unitId", w.unitId(who, t), "name", Fixtures.unique("矩阵新人员"))).post("/api/v1/people")));
        r.put("updatePerson", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            long person = ok ? w.freshPerson(town, w.unitId(who, t)) : w.person(who, t);
            Map<String, Object> input = w.personInput(town, person);
            if (ok) {
                input.put("position", "矩阵测试：已修改");
            }
            return who.request().body(input).put("/api/v1/people/" + person);
        }));

        // ---------------------------------------------------------------- units
        r.put("listUnits", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/units")));
        r.put("createUnit", new Recipe(OWN, (who, t, ok) -> who.request()
                .body(Map.of("kind", "OFFICE", "name", Fixtures.unique("矩阵新办"))).post("/api/v1/units")));
        r.put("updateUnit", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            long unit = ok ? w.freshOffice(town) : w.unitId(who, t);
            Map<String, Object> input = w.unitInput(town, unit);
            if (ok) {
                input.put("name", Fixtures.unique("矩阵改名办"));
            }
            return who.request().body(input).put("/api/v1/units/" + unit);
        }));
        // ---------------------------------------------------------------- checklists
        r.put("listChecklists", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/checklists")));
        r.put("getChecklist", new Recipe(ALL, (who, t, ok) -> who.request().get("/api/v1/checklists/" + w.checklist(who, t))));
        r.put("getChecklistVersion", new Recipe(ALL, (who, t, ok) -> who.request()
                .get("/api/v1/checklists/" + w.checklist(who, t) + "/versions/1")));
        r.put("createChecklist", new Recipe(ALL, (who, t, ok) -> who.request().body(switch (t) {
            case OWN -> w.checklistInput(w.gasOffice(who.town), "GAS");
            case OTHER -> w.checklistInput(null, "FIRE");
            case XTOWN -> w.checklistInput(w.gasOffice(who.otherTown()), "GAS");
        }).post("/api/v1/checklists")));
        r.put("updateChecklist", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            boolean office = t != Target.OTHER;
            long checklist = ok ? w.newChecklist(town, office) : w.checklist(who, t);
            Map<String, Object> input = w.checklistInput(office ? w.gasOffice(town) : null, office ? "GAS" : "FIRE");
            input.put("version", w.checklistVersion(town, checklist));
            return who.request().body(input).put("/api/v1/checklists/" + checklist);
        }));
        r.put("deactivateChecklist", checklistActivation(w, "deactivate"));
        r.put("activateChecklist", checklistActivation(w, "activate"));

        // ---------------------------------------------------------------- inspections
        r.put("listInspections", new Recipe(ALL, (who, t, ok) -> (t == Target.OWN ? who.request()
                : who.request().queryParam("inspectedUnitId", w.unitId(who, t))).queryParam("size", 100).get("/api/v1/inspections")));
        r.put("getInspection", new Recipe(ALL, (who, t, ok) -> who.request()
                .get("/api/v1/inspections/" + w.inspection(w.side(who, t)))));
        r.put("createInspection", new Recipe(ALL, (who, t, ok) -> {
            long inspecting = switch (t) {
                case OWN -> w.unitId(who, Target.OWN);
                case OTHER -> w.otherOffice(who);
                case XTOWN -> w.gasOffice(who.otherTown());
            };
            Side own = w.side(who, Target.OWN);
            return who.request().body(w.inspectionInput(inspecting, own.villageId(), w.checklist(who.town, true)))
                    .post("/api/v1/inspections");
        }));
        r.put("recordInspectionResult", inspectionWrite(w, (side, inspection, who) -> who.request()
                .body(Map.of("version", w.inspectionVersion(side.town(), inspection, 1), "outcome", "PASS", "note", "矩阵测试"))
                .put("/api/v1/inspections/" + inspection + "/results/1"), null));
        r.put("finishInspection", inspectionWrite(w, (side, inspection, who) -> who.request()
                .body(Map.of("version", w.inspectionVersion(side.town(), inspection, 0), "conclusion", "矩阵测试：检查完毕"))
                .post("/api/v1/inspections/" + inspection + "/finish"), "PASS"));
        r.put("registerInspectionHazard", inspectionWrite(w, (side, inspection, who) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("version", w.inspectionVersion(side.town(), inspection, 1));
            body.put("place", "矩阵检查点");
            body.put("description", Fixtures.unique("矩阵检查发现隐患"));
            body.put("causeCategory", "MANAGEMENT");
            body.put("grade", "GENERAL");
            body.put("responsiblePerson", "李明");
            body.put("measures", "建立安全生产责任制");
            body.put("deadline", w.today.plusDays(10).toString());
            body.put("contingencyPlan", "停用燃气设施");
            return who.request().body(body).post("/api/v1/inspections/" + inspection + "/results/1/hazard");
        }, "FAIL"));
        // ---------------------------------------------------------------- inspection plans
        r.put("listInspectionPlans", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/inspection-plans")));
        r.put("planExecution", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("year", w.today.getYear())
                .get("/api/v1/inspection-plans/execution")));
        r.put("getInspectionPlan", new Recipe(ALL, (who, t, ok) -> who.request().get("/api/v1/inspection-plans/" + w.plan(w.side(who, t)))));
        r.put("createInspectionPlan", new Recipe(ALL, (who, t, ok) -> who.request().body(w.planInput(switch (t) {
            case OWN -> w.unitId(who, Target.OWN);
            case OTHER -> w.otherOffice(who);
            case XTOWN -> w.gasOffice(who.otherTown());
        })).post("/api/v1/inspection-plans")));
        r.put("updateInspectionPlan", planWrite(w, (side, plan, who) -> {
            io.restassured.path.json.JsonPath read = w.planOf(side.town(), plan);
            Map<String, Object> body = new HashMap<>();
            body.put("unitId", read.getLong("unitId"));
            body.put("year", read.getInt("year"));
            body.put("kind", read.getString("kind"));
            body.put("month", read.getInt("month"));
            body.put("title", "矩阵测试：已修改");
            body.put("version", read.getLong("version"));
            return who.request().body(body).put("/api/v1/inspection-plans/" + plan);
        }));
        r.put("addInspectionPlanItem", planWrite(w, (side, plan, who) -> {
            io.restassured.path.json.JsonPath read = w.planOf(side.town(), plan);
            return who.request().body(w.planItemInput(read.getLong("unitId"), read.getInt("year"), read.getInt("month")))
                    .post("/api/v1/inspection-plans/" + plan + "/items");
        }));
        r.put("cancelInspectionPlanItem", planWrite(w, (side, plan, who) -> {
            io.restassured.path.json.JsonPath read = w.planOf(side.town(), plan);
            return who.request().body(Map.of("version", read.getLong("items[0].version"), "reason", "矩阵测试：取消"))
                    .post("/api/v1/inspection-plans/" + plan + "/items/" + read.getLong("items[0].id") + "/cancel");
        }));
        // ---------------------------------------------------------------- campaigns
        r.put("listCampaigns", new Recipe(OWN, (who, t, ok) -> who.request().queryParam("size", 100).get("/api/v1/campaigns")));
        r.put("getCampaign", new Recipe(ALL, (who, t, ok) -> who.request().get("/api/v1/campaigns/" + w.campaign(who, t))));
        r.put("createCampaign", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            return who.request().body(w.campaignInput(town, w.leadingOffice(town, t != Target.OTHER))).post("/api/v1/campaigns");
        }));
        r.put("updateCampaign", new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            boolean office = t != Target.OTHER;
            long campaign = ok ? w.newCampaign(town, office) : w.campaign(who, t);
            Map<String, Object> input = w.campaignInput(town, w.leadingOffice(town, office));
            input.put("version", Api.as(MatrixWorld.adminOf(town)).get("/api/v1/campaigns/" + campaign).then().statusCode(200)
                    .extract().jsonPath().getLong("version"));
            return who.request().body(input).put("/api/v1/campaigns/" + campaign);
        }));
        // ---------------------------------------------------------------- enforcement cases
        r.put("listEnforcementCases", new Recipe(ALL, (who, t, ok) -> (t == Target.OWN ? who.request()
                : who.request().queryParam("partyUnitId", w.unitId(who, t))).queryParam("size", 100).get("/api/v1/enforcement-cases")));
        r.put("enforcementTotals", new Recipe(ALL, (who, t, ok) -> (t == Target.OWN ? who.request()
                : who.request().queryParam("partyUnitId", w.unitId(who, t))).get("/api/v1/enforcement-cases/totals")));
        r.put("exportEnforcementLedger", new Recipe(ALL, (who, t, ok) -> (t == Target.OWN ? who.request()
                : who.request().queryParam("partyUnitId", w.unitId(who, t))).accept(XLSX).get("/api/v1/enforcement-cases/export.xlsx")));
        r.put("downloadInspectionRecord", new Recipe(ALL, (who, t, ok) -> who.request().accept("*/*")
                .get("/api/v1/inspections/" + w.inspection(w.side(who, t)) + "/record.docx")));
        r.put("getEnforcementCase", new Recipe(ALL, (who, t, ok) -> who.request()
                .get("/api/v1/enforcement-cases/" + w.enforcementCase(w.side(who, t)))));
        r.put("downloadEnforcementDocument", new Recipe(ALL, (who, t, ok) -> who.request().accept("*/*")
                .get("/api/v1/enforcement-cases/" + w.enforcementCase(w.side(who, t)) + "/documents/ON_SITE_RECORD")));
        r.put("openEnforcementCase", new Recipe(ALL, (who, t, ok) -> {
            Side side = w.side(who, t);
            long inspection = ok ? w.newFinishedInspection(side) : w.finishedInspection(side);
            return who.request().body(w.caseInput(inspection, w.caseOffice(side))).post("/api/v1/enforcement-cases");
        }));
        // recipes(null) only lists the operations: the dates then matter to no request
        java.time.LocalDate day = w == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : w.today;
        String later = day.plusDays(10).toString();
        String today = day.toString();
        Map<String, Object> order = Map.of("content", "矩阵测试：限期整改", "deadline", later);
        Map<String, Object> reinspect = Map.of("reinspectedOn", today, "finding", "矩阵测试：未整改", "corrected", false);
        Map<String, Object> notice = Map.of("penaltyBasis", "《中华人民共和国安全生产法》第九十四条", "fineAmount", 10600);
        Map<String, Object> decision = Map.of("penaltyBasis", "《中华人民共和国安全生产法》第九十四条", "fineAmount", 10600,
                "decidedOn", today);
        Map<String, Object> payment = Map.of("paidOn", today, "receiptNo", "JZ-0001");
        List<Map.Entry<String, Map<String, Object>>> chain = List.of(Map.entry("order", order), Map.entry("reinspect", reinspect),
                Map.entry("notify-penalty", notice), Map.entry("decide-penalty", decision), Map.entry("record-payment", payment));
        r.put("orderEnforcementCase", caseStep(w, "order", order, chain.subList(0, 0)));
        r.put("reinspectEnforcementCase", caseStep(w, "reinspect", reinspect, chain.subList(0, 1)));
        r.put("notifyEnforcementPenalty", caseStep(w, "notify-penalty", notice, chain.subList(0, 2)));
        r.put("closeEnforcementCaseWithoutPenalty", caseStep(w, "close-without-penalty",
                Map.of("reason", "FIRST_MINOR_CORRECTED", "note", "矩阵测试：初次违法，及时改正"), chain.subList(0, 2)));
        r.put("decideEnforcementPenalty", caseStep(w, "decide-penalty", decision, chain.subList(0, 3)));
        r.put("recordEnforcementPayment", caseStep(w, "record-payment", payment, chain.subList(0, 4)));
        r.put("closeEnforcementCase", caseStep(w, "close", Map.of(), chain.subList(0, 5)));
        r.put("withdrawEnforcementCase", caseStep(w, "withdraw", Map.of("reason", "矩阵测试：撤销"), chain.subList(0, 0)));
        // ---------------------------------------------------------------- enforcement monitors
        r.put("getEnforcementMonitors", new Recipe(ALL, (who, t, ok) -> (switch (t) {
            case OWN -> who.request();
            case OTHER -> who.request().queryParam("officeUnitId", w.otherOffice(who));
            case XTOWN -> who.request().queryParam("officeUnitId", w.gasOffice(who.otherTown()));
        }).queryParam("year", w.today.getYear()).get("/api/v1/enforcement/monitors")));
        return r;
    }

    /**
     * A step of a case: a new case taken through {@code before} for each caller that must succeed, the side's
     * shared case (refused before its state matters) for the others.
     */
    private static Recipe caseStep(MatrixWorld w, String step, Map<String, Object> body,
                                   List<Map.Entry<String, Map<String, Object>>> before) {
        return new Recipe(ALL, (who, t, ok) -> {
            Side side = w.side(who, t);
            long id = ok ? w.newCase(side, before) : w.enforcementCase(side);
            Map<String, Object> sent = new HashMap<>(body);
            sent.put("version", w.caseVersion(side.town(), id));
            return who.request().body(sent).post("/api/v1/enforcement-cases/" + id + "/" + step);
        });
    }

    /** The recipe of a GET no recipe covers, from its path parameters; null when one cannot be resolved. */
    static Recipe genericGet(String path, MatrixWorld w) {
        Matcher parameters = Pattern.compile("/([^/{}]+)/\\{([^}]+)}|\\{([^}]+)}").matcher(path);
        List<String> kinds = new ArrayList<>();
        while (parameters.find()) {
            String name = parameters.group(2) != null ? parameters.group(2) : parameters.group(3);
            // {id} and {no} take their kind from the segment before them: /hazards/{id}, /submissions/{no}.
            String kind = ("id".equals(name) || "no".equals(name)) && parameters.group(1) != null ? parameters.group(1) : name;
            if (!Set.of("hazards", "units", "people", "attachments", "notifications", "unitId", "period", "submissions").contains(kind)) {
                return null;
            }
            kinds.add(name + "=" + kind);
        }
        Set<Target> targets = kinds.stream().anyMatch(k -> !k.endsWith("=period")) ? ALL : OWN;
        return new Recipe(targets, (who, t, ok) -> {
            String resolved = path;
            if (kinds.stream().anyMatch(k -> k.endsWith("=submissions"))) {
                // A ledger's first submission: make sure the ledger was submitted at least once.
                w.submittedLedger(w.townOf(who, t), w.unitId(who, t), false);
            }
            for (String k : kinds) {
                String name = k.substring(0, k.indexOf('='));
                String value = switch (k.substring(k.indexOf('=') + 1)) {
                    case "hazards" -> String.valueOf(w.reference(w.side(who, t)).id);
                    case "attachments" -> String.valueOf(w.reference(w.side(who, t)).photoId);
                    case "people" -> String.valueOf(w.person(who, t));
                    case "notifications" -> String.valueOf(w.notification(who, t));
                    case "period" -> w.month;
                    case "submissions" -> "1";
                    default -> String.valueOf(w.unitId(who, t));
                };
                resolved = resolved.replace("{" + name + "}", value);
            }
            return who.request().accept("*/*").get(resolved);
        });
    }

    @FunctionalInterface
    private interface StepBody {
        Map<String, Object> of(HazardRef hazard, Side side, Identity who, boolean allowed);
    }

    private static Recipe step(MatrixWorld w, Stage stage, String step, StepBody body) {
        return new Recipe(ALL, (who, t, ok) -> {
            Side side = w.side(who, t);
            HazardRef hazard = ok ? w.hazard(side, stage) : w.shared(side, stage);
            Response response = who.request().body(body.of(hazard, side, who, ok)).post("/api/v1/hazards/" + hazard.id + "/" + step);
            if (!ok && response.statusCode() / 100 == 2) {
                w.spoilShared(side, stage);
            }
            return response;
        });
    }

    private static Recipe checklistActivation(MatrixWorld w, String action) {
        return new Recipe(ALL, (who, t, ok) -> {
            String town = w.townOf(who, t);
            long checklist = ok ? w.newChecklist(town, t != Target.OTHER) : w.checklist(who, t);
            return who.request().body(Map.of("version", w.checklistVersion(town, checklist)))
                    .post("/api/v1/checklists/" + checklist + "/" + action);
        });
    }

    @FunctionalInterface
    private interface InspectionCall {
        Response send(Side side, long inspection, Identity who);
    }

    /**
     * A write on the side's inspection: one made now for each caller that must succeed (every item
     * first recorded with {@code outcome}, when given), the side's shared one for those that must be refused.
     */
    private static Recipe inspectionWrite(MatrixWorld w, InspectionCall call, String outcome) {
        return new Recipe(ALL, (who, t, ok) -> {
            Side side = w.side(who, t);
            long inspection;
            if (ok) {
                inspection = w.newInspection(side);
                if (outcome != null) {
                    w.recordResult(side, inspection, 1, outcome);
                    w.recordResult(side, inspection, 2, "PASS");
                }
            } else {
                inspection = w.inspection(side);
            }
            return call.send(side, inspection, who);
        });
    }

    @FunctionalInterface
    private interface PlanCall {
        Response send(Side side, long plan, Identity who);
    }

    /** A write on the side's plan: a new one for each caller that must succeed, the side's shared one for those refused. */
    private static Recipe planWrite(MatrixWorld w, PlanCall call) {
        return new Recipe(ALL, (who, t, ok) -> {
            Side side = w.side(who, t);
            return call.send(side, ok ? w.newPlan(side) : w.plan(side), who);
        });
    }

    private static Response review(MatrixWorld w, Identity who, Target t, boolean ok, String action) {
        String town = w.townOf(who, t);
        long unit;
        long version;
        if (ok && who.kind == Identity.Kind.TOWN_ADMIN) {
            unit = w.freshOffice(town);
            version = w.submittedLedger(town, unit, true);
        } else {
            unit = w.unitId(who, t);
            version = w.submittedLedger(town, unit, false);
        }
        Map<String, Object> body = "/return".equals(action) ? Map.of("version", version, "reason", "矩阵测试：请补充")
                : Map.of("version", version);
        return who.request().body(body).post(w.ledgerPath(unit) + action);
    }

    private static RequestSpecification filtered(RequestSpecification request, MatrixWorld w, Identity who, Target t) {
        return t == Target.OWN ? request : request.queryParam("unitId", w.unitId(who, t));
    }
}
