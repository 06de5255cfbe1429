package com.anjian.hazard;

/** How a hazard came to light. */
public enum HazardSource {
    /** 检查 */
    INSPECTION,
    /** 巡查 */
    PATROL,
    /** 自查 */
    SELF_CHECK,
    /** 群众举报 */
    PUBLIC_REPORT
}
