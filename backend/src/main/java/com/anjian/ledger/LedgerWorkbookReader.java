package com.anjian.ledger;

import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.time.DateRules;
import com.anjian.excel.LedgerColumns;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.excel.SheetStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a filled ledger sheet in the paper ledger's columns and checks every row. Errors name the
 * row and column; if there is any, nothing is returned and nothing will be imported. The sheet is
 * streamed ({@link SheetStream}): only the checked rows are kept, never the workbook.
 */
public final class LedgerWorkbookReader {

    private static final int MAX_ERRORS = 100;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final String unitName;
    private final LedgerPeriod period;
    private final LocalDate today;
    private final int maxFoundAgeDays;
    private final int maxRows;
    private final List<ProblemException.FieldError> errors = new ArrayList<>();
    private final List<PaperRow> rows = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> expectedHeader = LedgerColumns.headers().stream().map(LedgerWorkbookReader::headerKey).toList();
    private List<String> bestHeader = List.of();
    private int header = -1;
    private int errorCount;

    /**
     * @param today           the town's date: dates are checked by {@link DateRules} as the API checks them
     * @param maxFoundAgeDays how long after it was found a hazard may still be recorded
     */
    public LedgerWorkbookReader(String unitName, LedgerPeriod period, LocalDate today, int maxFoundAgeDays, int maxRows) {
        this.unitName = unitName;
        this.period = period;
        this.today = today;
        this.maxFoundAgeDays = maxFoundAgeDays;
        this.maxRows = maxRows;
    }

    /**
     * Reads and checks the first sheet of the package. A package POI cannot read surfaces as an
     * IOException or a POI runtime exception, for the caller to report as a corrupt file.
     */
    public List<PaperRow> read(OPCPackage pkg) throws IOException {
        try {
            SheetStream.read(pkg, LedgerColumns.values().length, this::accept);
        } catch (SheetStream.NoSheetException e) {
            throw ProblemException.invalid("file", "excel.no-sheet");
        }
        if (header < 0) {
            throw wrongColumns();
        }
        if (errorCount > 0) {
            if (errorCount > MAX_ERRORS) {
                errors.add(new ProblemException.FieldError("file", "excel.more-errors", errorCount - MAX_ERRORS));
            }
            throw new ProblemException(ProblemType.VALIDATION, errors, "excel.rows-invalid", errorCount);
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "excel.no-rows");
        }
        return rows;
    }

    /** One stored row of the sheet: the header is looked for in the first rows, the rows after it are data. */
    private void accept(SheetStream.Row row) {
        if (header < 0) {
            if (row.index() > HEADER_SEARCH_ROWS) {
                throw wrongColumns();
            }
            if (isHeader(row)) {
                header = row.index();
            }
            return;
        }
        if (isBlank(row)) {
            return;
        }
        if (rows.size() + errorRows >= maxRows) {
            throw ProblemException.invalid("file", "excel.too-many-rows", maxRows);
        }
        PaperRow parsed = parse(row, row.index() + 1);
        if (parsed != null) {
            String key = parsed.foundOn() + "|" + normalise(parsed.place()) + "|" + normalise(parsed.description());
            Integer first = seen.putIfAbsent(key, parsed.rowNumber());
            if (first != null) {
                error(parsed.rowNumber(), LedgerColumns.DESCRIPTION, "excel.cell.duplicate-row", String.valueOf(first));
            } else {
                rows.add(parsed);
            }
        }
    }

    /** Lower-cased text without spaces: the same hazard written twice differs only in those. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private int errorRows;

    private boolean isHeader(SheetStream.Row row) {
        List<String> found = new ArrayList<>();
        for (int c = 0; c < expectedHeader.size(); c++) {
            found.add(headerKey(text(row.cell(c))));
        }
        if (found.equals(expectedHeader)) {
            return true;
        }
        if (found.stream().filter(f -> !f.isEmpty()).count() > bestHeader.stream().filter(f -> !f.isEmpty()).count()) {
            bestHeader = found;
        }
        return false;
    }

    private ProblemException wrongColumns() {
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < expectedHeader.size(); c++) {
            if (c >= bestHeader.size() || !expectedHeader.get(c).equals(bestHeader.get(c))) {
                missing.add(LedgerColumns.values()[c].chinese());
            }
        }
        return new ProblemException(ProblemType.VALIDATION,
                List.of(new ProblemException.FieldError("file", "excel.wrong-columns",
                        String.join("、", LedgerColumns.headers()), String.join("、", missing))),
                "excel.wrong-columns.detail");
    }

    /** Header cells compare without spaces, line breaks and with either kind of parentheses. */
    private static String headerKey(String text) {
        return text.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
    }

    private PaperRow parse(SheetStream.Row row, int rowNumber) {
        int before = errorCount;
        String unit = text(row, LedgerColumns.UNIT);
        if (!unit.isEmpty() && !normalise(unit).equals(normalise(unitName))) {
            error(rowNumber, LedgerColumns.UNIT, "excel.cell.unit-mismatch", unitName);
        }
        LocalDate foundOn = date(row, rowNumber, LedgerColumns.FOUND_ON, true);
        if (foundOn != null && foundOn.isAfter(period.last())) {
            error(rowNumber, LedgerColumns.FOUND_ON, "excel.cell.after-period", period.toString());
            foundOn = null;
        }
        foundOn = check(rowNumber, LedgerColumns.FOUND_ON, foundOn, DateRules.foundOn(foundOn, today, maxFoundAgeDays));
        String place = required(row, rowNumber, LedgerColumns.PLACE, 200);
        String description = required(row, rowNumber, LedgerColumns.DESCRIPTION, 1000);
        CauseCategory category = category(row, rowNumber);
        HazardGrade grade = grade(row, rowNumber);
        String measures = optional(row, rowNumber, LedgerColumns.MEASURES, 1000);
        String responsible = optional(row, rowNumber, LedgerColumns.RESPONSIBLE, 50);
        // A deadline on paper may have passed long ago; the dates of what was done cannot be in the future.
        LocalDate deadline = date(row, rowNumber, LedgerColumns.DEADLINE, false);
        deadline = check(rowNumber, LedgerColumns.DEADLINE, deadline, DateRules.plausible(deadline));
        BigDecimal funds = money(row, rowNumber);
        LocalDate completedOn = date(row, rowNumber, LedgerColumns.COMPLETED_ON, false);
        completedOn = check(rowNumber, LedgerColumns.COMPLETED_ON, completedOn, DateRules.pastOrToday(completedOn, today));
        String reviewer = optional(row, rowNumber, LedgerColumns.REVIEWER, 50);
        LocalDate reviewedOn = date(row, rowNumber, LedgerColumns.REVIEWED_ON, false);
        reviewedOn = check(rowNumber, LedgerColumns.REVIEWED_ON, reviewedOn, DateRules.pastOrToday(reviewedOn, today));
        LocalDate closedOn = date(row, rowNumber, LedgerColumns.CLOSED_ON, false);
        closedOn = check(rowNumber, LedgerColumns.CLOSED_ON, closedOn, DateRules.pastOrToday(closedOn, today));
        String remarks = optional(row, rowNumber, LedgerColumns.REMARKS, 500);

        boolean anyRegistration = measures != null || responsible != null || deadline != null || funds != null;
        if (anyRegistration) {
            if (measures == null) {
                error(rowNumber, LedgerColumns.MEASURES, "excel.cell.registration-incomplete");
            }
            if (responsible == null) {
                error(rowNumber, LedgerColumns.RESPONSIBLE, "excel.cell.registration-incomplete");
            }
            if (deadline == null && !hasText(row, LedgerColumns.DEADLINE)) {
                error(rowNumber, LedgerColumns.DEADLINE, "excel.cell.registration-incomplete");
            }
        }
        if (grade == HazardGrade.MAJOR && anyRegistration) {
            // The paper ledger has no treatment-plan column; a major hazard's plan is registered in the app.
            error(rowNumber, LedgerColumns.GRADE, "excel.cell.major-register-in-app");
        }
        requirePrevious(row, rowNumber, LedgerColumns.COMPLETED_ON, LedgerColumns.MEASURES, measures != null);
        requirePrevious(row, rowNumber, LedgerColumns.REVIEWED_ON, LedgerColumns.COMPLETED_ON, completedOn != null);
        requirePrevious(row, rowNumber, LedgerColumns.CLOSED_ON, LedgerColumns.REVIEWED_ON, reviewedOn != null);
        if ((reviewer == null) != (reviewedOn == null && !hasText(row, LedgerColumns.REVIEWED_ON))) {
            error(rowNumber, reviewer == null ? LedgerColumns.REVIEWER : LedgerColumns.REVIEWED_ON, "excel.cell.reviewer-and-date");
        }
        if (reviewer != null && responsible != null && normalise(reviewer).equals(normalise(responsible))) {
            error(rowNumber, LedgerColumns.REVIEWER, "excel.cell.reviewer-is-responsible");
        }
        order(rowNumber, foundOn, deadline, LedgerColumns.DEADLINE, LedgerColumns.FOUND_ON);
        order(rowNumber, foundOn, completedOn, LedgerColumns.COMPLETED_ON, LedgerColumns.FOUND_ON);
        order(rowNumber, completedOn, reviewedOn, LedgerColumns.REVIEWED_ON, LedgerColumns.COMPLETED_ON);
        order(rowNumber, reviewedOn, closedOn, LedgerColumns.CLOSED_ON, LedgerColumns.REVIEWED_ON);
        if (errorCount > before) {
            errorRows++;
            return null;
        }
        return new PaperRow(rowNumber, foundOn, place, description, category, grade, measures, responsible, deadline,
                funds == null && measures != null ? BigDecimal.ZERO : funds, completedOn, reviewer, reviewedOn, closedOn, remarks);
    }

    private void requirePrevious(SheetStream.Row row, int rowNumber, LedgerColumns column, LedgerColumns previous, boolean previousPresent) {
        if (hasText(row, column) && !previousPresent) {
            error(rowNumber, column, "excel.cell.needs-previous", previous.chinese());
        }
    }

    private void order(int rowNumber, LocalDate earlier, LocalDate later, LedgerColumns laterColumn, LedgerColumns earlierColumn) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            error(rowNumber, laterColumn, "excel.cell.before", earlierColumn.chinese());
        }
    }

    private String required(SheetStream.Row row, int rowNumber, LedgerColumns column, int max) {
        String value = optional(row, rowNumber, column, max);
        if (value == null && !hasText(row, column)) {
            error(rowNumber, column, "excel.cell.required");
        }
        return value;
    }

    private String optional(SheetStream.Row row, int rowNumber, LedgerColumns column, int max) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            error(rowNumber, column, "excel.cell.too-long", max);
            return null;
        }
        return value;
    }

    private CauseCategory category(SheetStream.Row row, int rowNumber) {
        String value = text(row, LedgerColumns.CATEGORY).replace("的不安全行为", "").replace("的不安全状态", "")
                .replace("缺陷", "").replace("因素", "");
        return switch (value) {
            case "" -> {
                error(rowNumber, LedgerColumns.CATEGORY, "excel.cell.required");
                yield null;
            }
            case "人" -> CauseCategory.PEOPLE;
            case "物" -> CauseCategory.THINGS;
            case "管理" -> CauseCategory.MANAGEMENT;
            case "环境" -> CauseCategory.ENVIRONMENT;
            default -> {
                error(rowNumber, LedgerColumns.CATEGORY, "excel.cell.category", text(row, LedgerColumns.CATEGORY));
                yield null;
            }
        };
    }

    private HazardGrade grade(SheetStream.Row row, int rowNumber) {
        String value = text(row, LedgerColumns.GRADE).replace("事故", "").replace("隐患", "");
        return switch (value) {
            case "" -> {
                error(rowNumber, LedgerColumns.GRADE, "excel.cell.required");
                yield null;
            }
            case "一般" -> HazardGrade.GENERAL;
            case "重大" -> HazardGrade.MAJOR;
            default -> {
                error(rowNumber, LedgerColumns.GRADE, "excel.cell.grade", text(row, LedgerColumns.GRADE));
                yield null;
            }
        };
    }

    private BigDecimal money(SheetStream.Row row, int rowNumber) {
        SheetStream.Cell cell = row.cell(LedgerColumns.FUNDS.ordinal());
        if (cell != null && cell.kind() == SheetStream.Kind.NUMERIC) {
            BigDecimal value = BigDecimal.valueOf(cell.number());
            return checkMoney(value, rowNumber);
        }
        String text = text(row, LedgerColumns.FUNDS).replace(",", "").replace("，", "").replace("元", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return checkMoney(new BigDecimal(text), rowNumber);
        } catch (NumberFormatException e) {
            error(rowNumber, LedgerColumns.FUNDS, "excel.cell.number", text(row, LedgerColumns.FUNDS));
            return null;
        }
    }

    private BigDecimal checkMoney(BigDecimal value, int rowNumber) {
        if (value.signum() < 0) {
            error(rowNumber, LedgerColumns.FUNDS, "anjian.not-negative");
            return null;
        }
        if (value.compareTo(new BigDecimal("999999999999")) > 0) {
            error(rowNumber, LedgerColumns.FUNDS, "excel.cell.number", value.toPlainString());
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private LocalDate date(SheetStream.Row row, int rowNumber, LedgerColumns column, boolean required) {
        SheetStream.Cell cell = row.cell(column.ordinal());
        if (cell != null && cell.kind() == SheetStream.Kind.NUMERIC) {
            double number = cell.number();
            if (cell.dateFormatted() || (number > 20000 && number < 80000)) {
                if (!DateUtil.isValidExcelDate(number)) {
                    error(rowNumber, column, "excel.cell.date", cell.text());
                    return null;
                }
                return DateUtil.getLocalDateTime(number).toLocalDate();
            }
        }
        String text = text(row, column);
        if (text.isEmpty()) {
            if (required) {
                error(rowNumber, column, "excel.cell.required");
            }
            return null;
        }
        try {
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (text.matches("\\d{8}")) {
                return LocalDate.parse(text, COMPACT);
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the error below
        }
        error(rowNumber, column, "excel.cell.date", text);
        return null;
    }

    /** Reports what the rule finds wrong with the cell's date, if anything; the date stays for the row's other checks. */
    private LocalDate check(int rowNumber, LedgerColumns column, LocalDate date, java.util.Optional<String> problem) {
        if (date == null || problem.isEmpty()) {
            return date;
        }
        switch (problem.get()) {
            case "date.out-of-range" -> error(rowNumber, column, problem.get(), DateRules.rangeArgs());
            case "date.too-old" -> error(rowNumber, column, problem.get(),
                    DateRules.earliestFoundOn(today, maxFoundAgeDays).toString(), String.valueOf(maxFoundAgeDays));
            default -> error(rowNumber, column, problem.get());
        }
        return date;
    }

    private boolean hasText(SheetStream.Row row, LedgerColumns column) {
        return !text(row, column).isEmpty();
    }

    private String text(SheetStream.Row row, LedgerColumns column) {
        return row == null ? "" : text(row.cell(column.ordinal()));
    }

    /** Cell text as displayed; a formula shows its cached result and is never evaluated. */
    private static String text(SheetStream.Cell cell) {
        return cell == null ? "" : cell.text();
    }

    private boolean isBlank(SheetStream.Row row) {
        if (row == null) {
            return true;
        }
        // A pre-numbered template row with only 序号 filled is still blank.
        for (LedgerColumns column : LedgerColumns.values()) {
            if (column != LedgerColumns.NO && hasText(row, column)) {
                return false;
            }
        }
        return true;
    }

    private void error(int rowNumber, LedgerColumns column, String reasonKey, Object... args) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ProblemException.FieldError("rows[" + rowNumber + "]." + column.chinese(), "excel.cell",
                    String.valueOf(rowNumber), column.chinese(), new ProblemException.MessageArg(reasonKey, args)));
        }
    }
}
