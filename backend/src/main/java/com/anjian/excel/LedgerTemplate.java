package com.anjian.excel;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The blank monthly ledger in the paper ledger's columns, with drop-downs and a sheet of instructions. */
public final class LedgerTemplate {

    private static final int BLANK_ROWS = 50;

    private LedgerTemplate() {
    }

    public static void write(OutputStream out, String unitName, String period) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Xlsx.Styles styles = Xlsx.Styles.of(workbook);
            Sheet sheet = workbook.createSheet("隐患排查整改台账");
            String subtitle = "填报单位：" + (unitName == null ? "__________" : unitName)
                    + "        月份：" + (period == null ? "____年__月" : period.replace("-", "年") + "月");
            int first = Xlsx.heading(sheet, "月度隐患排查整改台账", subtitle, LedgerColumns.headers(), LedgerColumns.widths(), styles);
            for (int i = 0; i < BLANK_ROWS; i++) {
                Row row = sheet.createRow(first + i);
                // Room to write by hand on a printed copy.
                row.setHeightInPoints(22);
                for (LedgerColumns column : LedgerColumns.values()) {
                    switch (column) {
                        case FOUND_ON, DEADLINE, COMPLETED_ON, REVIEWED_ON, CLOSED_ON -> Xlsx.date(row, column.ordinal(), null, styles);
                        case FUNDS -> Xlsx.money(row, column.ordinal(), null, styles);
                        default -> Xlsx.text(row, column.ordinal(), null, styles);
                    }
                }
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            dropDown(sheet, validations, LedgerColumns.CATEGORY, LedgerColumns.CATEGORIES, first);
            dropDown(sheet, validations, LedgerColumns.GRADE, LedgerColumns.GRADES, first);

            Sheet help = workbook.createSheet("填写说明");
            help.setColumnWidth(0, 110 * 256);
            List<String> lines = List.of(
                    "填写说明",
                    "1. 每行一条隐患；不要改动第 3 行的列标题，也不要插入或删除列。",
                    "2. 日期写成 2026-11-03（也可写 2026/11/3 或 2026年11月3日）。",
                    "3. 隐患类别只填：人、物、管理、环境；隐患等级只填：一般、重大。",
                    "4. 已登记的隐患须同时填写整改措施、责任人、整改期限；整改资金单位为元，没有可留空。",
                    "5. 已整改完成的填完成日期；已复查的填复查人和复查日期（复查人不能是责任人）；已销号的填销号日期。",
                    "6. 重大隐患须在系统中登记治理方案，本表只填到「隐患等级」列即可，其后各列留空。",
                    "7. 上传时逐行检查，有任何一行不符合都不会导入，并会指出第几行哪一列；同一文件重复上传不会重复导入。");
            for (int i = 0; i < lines.size(); i++) {
                Xlsx.setText(help.createRow(i).createCell(0), lines.get(i));
            }
            Xlsx.printable(help, false);
            workbook.write(out);
        }
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, LedgerColumns column, List<String> values, int first) {
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        CellRangeAddressList range = new CellRangeAddressList(first, first + BLANK_ROWS - 1, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setShowErrorBox(true);
        validation.createErrorBox("取值无效", "请从下拉列表中选择：" + String.join("、", values));
        sheet.addValidationData(validation);
    }
}
