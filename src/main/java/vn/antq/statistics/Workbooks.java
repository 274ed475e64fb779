package vn.antq.statistics;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.antq.shared.i18n.Labels;
import vn.antq.shared.i18n.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A statistics workbook (.xlsx) written row by row (Apache POI's streaming writer keeps 100 rows in memory):
 * one sheet per section, each with a title row naming the statistic, the unit, the era and the years, then a
 * frozen header row in the request's language; numbers are numbers and ratios are percentages.
 */
final class Workbooks implements AutoCloseable {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Language language;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle whole;
    private SXSSFSheet sheet;
    private int rowIndex;
    private int columns;

    Workbooks(Language language) {
        this.language = language;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bold);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    }

    Language language() {
        return language;
    }

    String label(String group, String value) {
        return Labels.get().label(group, value, language);
    }

    /** A new sheet with its title row (merged over the header's width) and its frozen header row. */
    void sheet(String name, String titleText, List<String> headers) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        columns = headers.size();
        rowIndex = 0;
        Row titleRow = sheet.createRow(rowIndex++);
        Cell cell = titleRow.createCell(0);
        cell.setCellValue(titleText);
        cell.setCellStyle(title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
        Row headerRow = sheet.createRow(rowIndex++);
        for (int c = 0; c < headers.size(); c++) {
            Cell h = headerRow.createCell(c);
            h.setCellValue(headers.get(c));
            h.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    /** One line: text stays text, a whole number is a number, a {@link Ratio} a percentage; null an empty cell. */
    void line(List<?> values) {
        Row row = sheet.createRow(rowIndex++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Ratio ratio) {
                cell.setCellValue(ratio.value());
                cell.setCellStyle(percent);
            } else if (value instanceof Year year) {
                cell.setCellValue(year.value());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                if (number instanceof Long || number instanceof Integer) {
                    cell.setCellStyle(whole);
                }
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** A year, written as a plain number (no thousands separator). */
    record Year(int value) {
    }

    /** A share of a whole (0.9763), shown as a percentage (97.63%). */
    record Ratio(double value) {
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The years of a report as its title names them: {@code 2022} or {@code 2020–2022}. */
    static String years(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
