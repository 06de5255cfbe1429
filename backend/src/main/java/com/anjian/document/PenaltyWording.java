package com.anjian.document;

import java.util.List;

/** Sentences the penalty notice and the decision share, so both state the same facts the same way. */
final class PenaltyWording {

    private PenaltyWording() {
    }

    /** 经查，你单位…。以上事实有现场检查记录、询问笔录等证据为证。 */
    static String factsAndEvidence(String facts, List<String> evidence) {
        String stated = facts.trim();
        if (stated.endsWith("。")) {
            stated = stated.substring(0, stated.length() - 1);
        }
        String proof = evidence.isEmpty() ? "" : "以上事实有" + String.join("、", evidence) + "等证据为证。";
        return "经查，你单位" + stated + "。" + proof;
    }
}
