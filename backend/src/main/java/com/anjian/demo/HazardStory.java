package com.anjian.demo;

import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One hazard of the demo history, as it happened: where and when it was found, by whom, and each
 * step after that — on which day (counted from the day it was found), by whom, with what. The steps
 * are taken through HazardService by {@link DemoHistory}, each as that person on that day, so a
 * story that breaks a rule (a deadline in the past, a rectifier verifying their own work) fails
 * loudly instead of making impossible data.
 */
final class HazardStory {

    enum Kind { REGISTER, DISTRICT, ORDER, PROGRESS, COMPLETE, FAIL, VERIFY, CLOSE }

    /**
     * One step: the day after finding it, who, and its inputs (unused ones null). For REGISTER and
     * ORDER {@code days} is the deadline's distance from the step's day.
     */
    record Step(Kind kind, int day, DemoData.Account actor, String text, Integer days, String unit, BigDecimal funds,
                boolean photo) {
    }

    final String unit;
    final DemoData.Account reporter;
    final int foundDaysAgo;
    final String sector;
    final CauseCategory cause;
    final HazardGrade grade;
    final HazardSource source;
    final String place;
    final String description;
    boolean reportPhoto = true;
    String treatmentPlan;
    HazardStory recurrenceOf;
    final List<Step> steps = new ArrayList<>();

    /** Set while the history runs. */
    Long hazardId;
    long version;

    HazardStory(String unit, DemoData.Account reporter, int foundDaysAgo, String sector, CauseCategory cause, HazardGrade grade,
                HazardSource source, String place, String description) {
        this.unit = unit;
        this.reporter = reporter;
        this.foundDaysAgo = foundDaysAgo;
        this.sector = sector;
        this.cause = cause;
        this.grade = grade;
        this.source = source;
        this.place = place;
        this.description = description;
    }

    HazardStory noPhoto() {
        reportPhoto = false;
        return this;
    }

    HazardStory recurrenceOf(HazardStory closed) {
        recurrenceOf = closed;
        return this;
    }

    /** 五落实: the responsible unit, measures, funds and a deadline {@code deadlineDays} after the day. */
    HazardStory register(int day, DemoData.Account actor, String responsibleUnit, String measures, int funds, int deadlineDays) {
        return add(new Step(Kind.REGISTER, day, actor, measures, deadlineDays, responsibleUnit, BigDecimal.valueOf(funds), false));
    }

    /** A major hazard's treatment plan (治理方案), required at its registration. */
    HazardStory treatmentPlan(String plan) {
        treatmentPlan = plan;
        return this;
    }

    HazardStory district(int day, DemoData.Account actor) {
        return add(new Step(Kind.DISTRICT, day, actor, "已书面报告区应急管理局", null, null, null, false));
    }

    HazardStory order(int day, DemoData.Account actor, String content, int deadlineDays) {
        return add(new Step(Kind.ORDER, day, actor, content, deadlineDays, null, null, false));
    }

    HazardStory progress(int day, DemoData.Account actor, String note) {
        return add(new Step(Kind.PROGRESS, day, actor, note, null, null, null, true));
    }

    HazardStory complete(int day, DemoData.Account actor, String note) {
        return add(new Step(Kind.COMPLETE, day, actor, note, null, null, null, true));
    }

    /** A verification that fails and sends it back to rectifying, with the reason. */
    HazardStory fail(int day, DemoData.Account actor, String reason) {
        return add(new Step(Kind.FAIL, day, actor, reason, null, null, null, false));
    }

    HazardStory verify(int day, DemoData.Account actor) {
        return add(new Step(Kind.VERIFY, day, actor, "现场复查，整改到位", null, null, null, true));
    }

    HazardStory close(int day, DemoData.Account actor) {
        return add(new Step(Kind.CLOSE, day, actor, null, null, null, null, false));
    }

    private HazardStory add(Step step) {
        if (!steps.isEmpty() && step.day() < steps.get(steps.size() - 1).day()) {
            throw new IllegalArgumentException("steps out of order in the story of " + place);
        }
        if (step.day() >= foundDaysAgo) {
            throw new IllegalArgumentException("a step of the story of " + place + " would be today or later");
        }
        steps.add(step);
        return this;
    }

    @Override
    public String toString() {
        return unit + " " + place;
    }
}
