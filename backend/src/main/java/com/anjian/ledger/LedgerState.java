package com.anjian.ledger;

/** Where a unit's monthly return stands with the emergency office. */
public enum LedgerState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
