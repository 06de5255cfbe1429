package com.anjian.inspection;

/** An inspection is filled in item by item, then finished with its conclusion; finished, its results stay as they are. */
public enum InspectionState {
    IN_PROGRESS,
    FINISHED
}
