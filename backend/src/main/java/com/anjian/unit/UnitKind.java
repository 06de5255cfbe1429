package com.anjian.unit;

/** What kind of unit is supervised and scored (domain.md, "Units"). */
public enum UnitKind {
    /** 职能办公室 */
    OFFICE(Category.FUNCTIONAL),
    /** 站 */
    STATION(Category.FUNCTIONAL),
    /** 所 */
    INSTITUTE(Category.FUNCTIONAL),
    /** 中心 */
    CENTRE(Category.FUNCTIONAL),
    /** 村 */
    VILLAGE(Category.VILLAGE),
    /** 居（社区） */
    COMMUNITY(Category.VILLAGE),
    /** 企业 */
    ENTERPRISE(Category.ENTERPRISE),
    /** 事业单位 */
    PUBLIC_INSTITUTION(Category.ENTERPRISE),
    /** 区级派驻单位 */
    DISTRICT_UNIT(Category.DISTRICT);

    /** The grouping the assessment tables use: villages apart from offices, enterprises and the rest. */
    public enum Category { FUNCTIONAL, VILLAGE, ENTERPRISE, DISTRICT }

    private final Category category;

    UnitKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Villages and communities are identified by a 12-digit division code. */
    public boolean needsDivisionCode() {
        return category == Category.VILLAGE;
    }

    /** Enterprises and public institutions are identified by their unified social credit code. */
    public boolean needsCreditCode() {
        return category == Category.ENTERPRISE;
    }

    /** Only government bodies can hold administrative enforcement powers (行政执法权限). */
    public boolean mayHoldEnforcementPowers() {
        return category == Category.FUNCTIONAL || category == Category.DISTRICT;
    }
}
