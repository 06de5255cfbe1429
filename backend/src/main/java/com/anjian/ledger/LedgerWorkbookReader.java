package com.anjian.ledger;

import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.time.DateRules;
import com.anjian.excel.LedgerColumns;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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
 * row and column; if there is any, nothing is returned and nothing will be imported.
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
    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final List<ProblemException.FieldError> errors = new ArrayList<>();
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

    public List<PaperRow> read(Workbook workbook) {
        Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        if (sheet == null) {
            throw ProblemException.invalid("file", "excel.no-sheet");
        }
        int header = findHeader(sheet);
        List<PaperRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isBlank(row)) {
                continue;
            }
            if (rows.size() + errorRows() >= maxRows) {
                throw ProblemException.invalid("file", "excel.too-many-rows", maxRows);
            }
            PaperRow parsed = parse(row, r + 1);
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

    /** Lower-cased text without spaces: the same hazard written twice differs only in those. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private int errorRows;

    private int errorRows() {
        return errorRows;
    }

    private int findHeader(Sheet sheet) {
        List<String> expected = LedgerColumns.headers().stream().map(LedgerWorkbookReader::headerKey).toList();
        List<String> bestFound = List.of();
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (int c = 0; c < expected.size(); c++) {
                found.add(headerKey(text(row.getCell(c))));
            }
            if (found.equals(expected)) {
                return r;
            }
            if (found.stream().filter(f -> !f.isEmpty()).count() > bestFound.stream().filter(f -> !f.isEmpty()).count()) {
                bestFound = found;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < expected.size(); c++) {
            if (c >= bestFound.size() || !expected.get(c).equals(bestFound.get(c))) {
                missing.add(LedgerColumns.values()[c].chinese());
            }
        }
        throw new ProblemException(ProblemType.VALIDATION,
                List.of(new ProblemException.FieldError("file", "excel.wrong-columns",
                        String.join("、", LedgerColumns.headers()), String.join("、", missing))),
                "excel.wrong-columns.detail");
    }

    /** Header cells compare without spaces, line breaks and with either kind of parentheses. */
    private static String headerKey(String text) {
        return text.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
    }

    private PaperRow parse(Row row, int rowNumber) {
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

    private void requirePrevious(Row row, int rowNumber, LedgerColumns column, LedgerColumns previous, boolean previousPresent) {
        if (hasText(row, column) && !previousPresent) {
            error(rowNumber, column, "excel.cell.needs-previous", previous.chinese());
        }
    }

    private void order(int rowNumber, LocalDate earlier, LocalDate later, LedgerColumns laterColumn, LedgerColumns earlierColumn) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            error(rowNumber, laterColumn, "excel.cell.before", earlierColumn.chinese());
        }
    }

    private String required(Row row, int rowNumber, LedgerColumns column, int max) {
        String value = optional(row, rowNumber, column, max);
        if (value == null && !hasText(row, column)) {
            error(rowNumber, column, "excel.cell.required");
        }
        return value;
    }

    private String optional(Row row, int rowNumber, LedgerColumns column, int max) {
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

    private CauseCategory category(Row row, int rowNumber) {
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

    private HazardGrade grade(Row row, int rowNumber) {
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

    private BigDecimal money(Row row, int rowNumber) {
        Cell cell = row.getCell(LedgerColumns.FUNDS.ordinal());
        if (cell != null && effectiveType(cell) == CellType.NUMERIC) {
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
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

    private LocalDate date(Row row, int rowNumber, LedgerColumns column, boolean required) {
        Cell cell = row.getCell(column.ordinal());
        if (cell != null && effectiveType(cell) == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) || (number > 20000 && number < 80000)) {
                if (!DateUtil.isValidExcelDate(number)) {
                    error(rowNumber, column, "excel.cell.date", formatter.formatCellValue(cell));
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

    private boolean hasText(Row row, LedgerColumns column) {
        return !text(row, column).isEmpty();
    }

    private String text(Row row, LedgerColumns column) {
        return row == null ? "" : text(row.getCell(column.ordinal()));
    }

    /** Cell text as displayed; a formula shows its cached result and is never evaluated. */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getRichStringCellValue().getString().trim();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()).trim();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private boolean isBlank(Row row) {
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
