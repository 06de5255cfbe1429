package com.anjian.common.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Amounts of money as Chinese official forms write them: in capitals (大写金额, the way cheques and
 * penalty decisions must write them so no figure can be altered), in 万元 for bulletins, and in
 * figures with thousands separators.
 * <p>
 * The capitals follow the rules of financial writing (中国人民银行《正确填写票据和结算凭证的基本规定》):
 * every digit carries its place (10 is 壹拾, never 拾); places skipped inside the number are written
 * as one 零 (1001 → 壹仟零壹, 100010 → 壹拾万零壹拾); 万 and 亿 close their four-digit sections and a
 * section that is all zeros writes nothing (100000000 → 壹亿), and what stands above 亿 is a number of
 * 亿 with its own 万 (5000300000000 → 伍万零叁亿); an amount without 角 and 分 ends in
 * 元整; 角 without 分 ends there (伍角); 分 without 角 is written 零X分 after 元; an amount below one yuan
 * starts at its first non-zero place (0.05 → 伍分). Where the rules allow one 零 either inside the yuan or
 * after 元 (107000.53), it is written inside (壹拾万零柒仟元伍角叁分), never after 元 before 角.
 */
public final class ChineseMoney {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    /** Up to 16 integer digits: 9999万9999亿9999万9999元 and the rest. */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private ChineseMoney() {
    }

    /** 10600 → 壹万零陆佰元整, 10600.50 → 壹万零陆佰元伍角, 0.05 → 伍分, 0 → 零元整. */
    public static String capitals(BigDecimal yuan) {
        BigDecimal amount = checked(yuan);
        BigDecimal fenTotal = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        String integerDigits = fenTotal.divideToIntegralValue(BigDecimal.valueOf(100)).toBigInteger().toString();
        int jiao = fenTotal.remainder(BigDecimal.valueOf(100)).intValue() / 10;
        int fen = fenTotal.remainder(BigDecimal.TEN).intValue();
        boolean wholeYuan = !integerDigits.equals("0");

        StringBuilder out = new StringBuilder();
        if (wholeYuan) {
            out.append(integerCapitals(integerDigits)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return wholeYuan ? out.append('整').toString() : "零元整";
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (wholeYuan) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS[fen]).append('分');
        }
        return out.toString();
    }

    /** 10600 → 1.06万元, 500 → 0.05万元, 15000 → 1.5万元, 0 → 0万元 (two decimals at most, half-up). */
    public static String wan(BigDecimal yuan) {
        BigDecimal amount = nonNegative(yuan);
        BigDecimal wan = amount.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (wan.signum() == 0) {
            wan = BigDecimal.ZERO;
        }
        return wan.toPlainString() + "万元";
    }

    /** 10600 → 10,600.00元. */
    public static String yuan(BigDecimal yuan) {
        BigDecimal amount = checked(yuan);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + "元";
    }

    /** The digits of a positive integer in capitals with places and sections, without 元. */
    private static String integerCapitals(String digits) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        boolean yiHasDigit = false;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int position = length - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                // a zero after something written becomes one 零 before the next non-zero digit
                zeroPending = out.length() > 0;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS[digit]).append(PLACES[position % 4]);
                groupHasDigit = true;
                yiHasDigit |= position >= 8;
            }
            // 万 closes a group of four; 亿 closes everything above it, which counts 亿 (伍万亿, 伍万零叁亿)
            if (position == 8 && yiHasDigit) {
                out.append('亿');
            } else if ((position == 4 || position == 12) && groupHasDigit) {
                out.append('万');
            }
            if (position % 4 == 0) {
                groupHasDigit = false;
            }
        }
        return out.toString();
    }

    private static BigDecimal checked(BigDecimal yuan) {
        BigDecimal amount = nonNegative(yuan);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount of money has at most two decimals (角 and 分): " + yuan.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount too large to write in capitals: " + yuan.toPlainString());
        }
        return amount;
    }

    private static BigDecimal nonNegative(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "amount");
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("an amount of money on a form is never negative: " + yuan.toPlainString());
        }
        return yuan;
    }
}
