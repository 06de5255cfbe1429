package com.anjian.hazard;

import com.anjian.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an inspection's failed checklist item says about the hazard it becomes (the inspection service
 * builds it; {@link HazardService#reportAndRegister} records it).
 *
 * @param unit          the inspected unit: where the hazard is, and responsible for it
 * @param reportingUnit the inspecting office
 * @param foundBy       the inspectors, as one name line
 * @param note          what the REPORT event says (the inspection and its item)
 */
public record InspectionFinding(Unit unit, Unit reportingUnit, String sectorCode, String place, String description,
                                CauseCategory causeCategory, HazardGrade grade, String foundBy, LocalDate foundOn,
                                long inspectionResultId, String responsiblePerson, String measures, BigDecimal funds,
                                LocalDate deadline, String contingencyPlan, String treatmentPlan, String note) {
}
