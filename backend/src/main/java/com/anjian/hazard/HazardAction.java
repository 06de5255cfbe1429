package com.anjian.hazard;

/** What can happen to a hazard; each is kept as a timeline event. */
public enum HazardAction {
    /** Reported (step 1). */
    REPORT,
    /** Graded and assigned (step 2). */
    REGISTER,
    /** Rectification order issued (step 3 begins). */
    ORDER,
    /** A progress note while rectifying. */
    PROGRESS,
    /** The rectifier reports the work done. */
    COMPLETE,
    /** Accepted (step 4), or sent back to rectifying when it fails. */
    VERIFY,
    /** Timeline only: a verification that failed and sent the hazard back to rectifying. */
    VERIFICATION_FAILED,
    /** Written off (step 5). */
    CLOSE,
    /** A major hazard marked as reported to the district. */
    REPORT_TO_DISTRICT
}
