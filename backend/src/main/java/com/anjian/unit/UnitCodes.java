package com.anjian.unit;

/** Checks of the official identification codes units carry. */
public final class UnitCodes {

    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnitCodes() {
    }

    /** 统计用区划代码 of a village or community: 12 digits. */
    public static boolean isDivisionCode(String code) {
        return code != null && code.matches("\\d{12}");
    }

    /** 统一社会信用代码 (GB 32100-2015): 18 characters whose last one is a check character. */
    public static boolean isCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CREDIT_CODE_CHARS.charAt(check);
    }

    /** Completes a 17-character credit code body with its check character (demo data, tests). */
    public static String withCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARS.indexOf(body.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return body + CREDIT_CODE_CHARS.charAt((31 - sum % 31) % 31);
    }
}
