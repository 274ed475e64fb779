package vn.antq.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.shared.i18n.Language;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Statistics as Excel workbooks: a sheet per section, a title row, a frozen header row, numbers and percentages. */
@QuarkusTest
class StatisticsWorkbookTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aSafetyReportIsASheetPerSectionWithLabelsNumbersAndPercentages() throws IOException {
        Report report = new Report("safety", "2025", new AdminUnitLabel("2025", "20", "province", "Tỉnh Lạng Sơn"), 2022, 2022,
                List.of("attained", "total", "ratio"), List.of(
                new StatisticsDtos.Row("total", null, null, null, null, values(2795, 2878, 0.9712)),
                new StatisticsDtos.Row("total", null, null, "subjectKind", "residential_area", values(1686, 1727, 0.9763)),
                new StatisticsDtos.Row("year", 2022, null, null, null, values(2795, 2878, 0.9712)),
                new StatisticsDtos.Row("area", null, new AdminUnitLabel("2025", "06040", "commune", "Xã Thất Khê"), null, null,
                        values(14, 14, 1.0))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbookWriter.write(report, Language.vi, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Tổng cộng", "Theo năm", "Theo địa bàn");
            Sheet total = book.getSheetAt(0);
            assertThat(total.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("An toàn về an ninh, trật tự — Tỉnh Lạng Sơn — Từ sắp xếp năm 2025 (hai cấp) — 2022");
            assertThat(texts(total.getRow(1))).containsExactly("Phân loại theo", "Loại", "Đạt", "Tổng số được đánh giá", "Tỷ lệ đạt");
            assertThat(total.getPaneInformation().isFreezePane()).isTrue();
            assertThat(total.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            Row kind = total.getRow(3);
            assertThat(kind.getCell(0).getStringCellValue()).isEqualTo("Loại đối tượng");
            assertThat(kind.getCell(1).getStringCellValue()).isEqualTo("Khu dân cư");
            assertThat(kind.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(kind.getCell(2).getNumericCellValue()).isEqualTo(1686);
            assertThat(kind.getCell(3).getNumericCellValue()).isEqualTo(1727);
            assertThat(kind.getCell(4).getNumericCellValue()).isEqualTo(0.9763);
            assertThat(kind.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(book.getSheetAt(1).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2022);
            Row area = book.getSheetAt(2).getRow(2);
            assertThat(List.of(area.getCell(0).getStringCellValue(), area.getCell(1).getStringCellValue()))
                    .containsExactly("06040", "Xã Thất Khê");
            assertThat(area.getCell(4).getNumericCellValue()).isEqualTo(14);
        }
        out.reset();
        ReportWorkbookWriter.write(report, Language.en, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Total");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Residential area");
        }
    }

    @Test
    void everyStatisticAnswersAWorkbookInTheRequestsLanguage() throws IOException {
        String tag = Fixtures.tag();
        String organizer = Fixtures.createOrganization(Fixtures.provincial("Công an tỉnh Hà Tĩnh " + tag, "police", "42"));
        Fixtures.createFestival(Fixtures.festival("Ngày hội " + tag, organizer, "2031-08-19", 18.34, 105.90));
        for (String statistic : List.of("safety", "models", "awards", "festivals", "campaigns", "indicators")) {
            Response response = Api.viewer().accept(XLSX).header("Accept-Language", "vi")
                    .get("/api/v1/statistics/" + statistic + "?unit=2025:42&year=2031");
            response.then().statusCode(200).contentType(XLSX).header("Content-Language", "vi")
                    .header("Content-Disposition", org.hamcrest.Matchers.endsWith("-2031.xlsx\""));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
                Sheet first = book.getSheetAt(0);
                assertThat(first.getRow(0).getCell(0).getStringCellValue()).as(statistic).contains("Tỉnh Hà Tĩnh").contains("2031");
                assertThat(first.getPaneInformation().getHorizontalSplitPosition()).as(statistic).isEqualTo((short) 2);
                if (statistic.equals("festivals")) {
                    Row overall = first.getRow(2);
                    assertThat(overall.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(overall.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void csvForExcelStartsWithAByteOrderMark() {
        byte[] withBom = Api.viewer().accept("text/csv").get("/api/v1/statistics/safety.csv?year=2022&bom=true").then()
                .statusCode(200).extract().asByteArray();
        assertThat(List.of(withBom[0], withBom[1], withBom[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        byte[] plain = Api.viewer().accept("text/csv").get("/api/v1/statistics/safety.csv?year=2022").then()
                .statusCode(200).extract().asByteArray();
        assertThat((char) plain[0]).isEqualTo('s');
        byte[] indicators = Api.viewer().accept("text/csv").get("/api/v1/statistics/indicators.csv?year=2022&bom=true").then()
                .statusCode(200).extract().asByteArray();
        assertThat(indicators[0]).isEqualTo((byte) 0xEF);
    }

    private static Map<String, Number> values(long attained, long total, double ratio) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("attained", attained);
        values.put("total", total);
        values.put("ratio", ratio);
        return values;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

}
