package com.anjian.ledger;

import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One checked row of a paper ledger sheet, ready to become a hazard with the steps it records. */
public record PaperRow(
        int rowNumber,
        LocalDate foundOn,
        String place,
        String description,
        CauseCategory category,
        HazardGrade grade,
        String measures,
        String responsiblePerson,
        LocalDate deadline,
        BigDecimal funds,
        LocalDate completedOn,
        String reviewer,
        LocalDate reviewedOn,
        LocalDate closedOn,
        String remarks) {

    public boolean registered() {
        return measures != null;
    }
}
