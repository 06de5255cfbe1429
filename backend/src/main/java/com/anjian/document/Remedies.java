package com.anjian.document;

/**
 * The party's remedies against an order or a decision (救济途径): administrative review within sixty
 * days or a lawsuit within six months, before the review body and the court when the caller names them.
 */
public record Remedies(String reviewBody, String court) {

    public static final Remedies UNNAMED = new Remedies(null, null);

    /** 如不服本决定，可以依法在六十日内向…申请行政复议，或者在六个月内依法向…提起行政诉讼，但本决定不停止执行，法律另有规定的除外。 */
    public String sentence(String documentNoun) {
        String review = reviewBody == null || reviewBody.isBlank() ? "" : "向" + reviewBody.trim();
        String lawsuit = court == null || court.isBlank() ? "" : "依法向" + court.trim();
        return "如不服本" + documentNoun + "，可以依法在六十日内" + review + "申请行政复议，或者在六个月内" + lawsuit
                + "提起行政诉讼，但本" + documentNoun + "不停止执行，法律另有规定的除外。";
    }
}
