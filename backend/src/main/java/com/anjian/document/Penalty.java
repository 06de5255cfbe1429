package com.anjian.document;

import com.anjian.common.text.ChineseMoney;

import java.math.BigDecimal;

/**
 * An administrative penalty as a notice or decision states it: a penalty other than a fine (警告,
 * 责令停产停业整顿 …) and/or a fine, written in capitals and in figures as the forms require.
 */
public record Penalty(String other, BigDecimal fine) {

    public Penalty {
        if ((other == null || other.isBlank()) && fine == null) {
            throw new IllegalArgumentException("a penalty states a measure or a fine");
        }
        if (fine != null && fine.signum() <= 0) {
            throw new IllegalArgumentException("a fine is more than nothing: " + fine);
        }
    }

    public static Penalty fine(BigDecimal yuan) {
        return new Penalty(null, yuan);
    }

    /** 罚款人民币壹万零陆佰元整（10,600.00元）; 警告，并处罚款人民币…; 警告. */
    public String text() {
        String fineText = fine == null ? null : "罚款人民币" + ChineseMoney.capitals(fine) + "（" + ChineseMoney.yuan(fine) + "）";
        if (other == null || other.isBlank()) {
            return fineText;
        }
        return fineText == null ? other.trim() : other.trim() + "，并处" + fineText;
    }
}
