package vn.antq.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The outputs on the demo run's records: Lạng Sơn's 2022 workbook, Hà Tĩnh's 2022 festival points on a map, the open data. */
@QuarkusTest
@TestProfile(DemoRecordsTest.WithDemoData.class)
class DemoOutputsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void langSonsSafetyStatisticsOf2022DownloadAsAWorkbookWithTheSevenRatios() throws IOException {
        Response response = Api.viewer().accept(XLSX).header("Accept-Language", "vi").get("/api/v1/statistics/safety?unit=2025:20&year=2022");
        response.then().statusCode(200).contentType(XLSX);
        Map<String, double[]> byKind = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet total = book.getSheet("Tổng cộng");
            assertThat(total.getRow(0).getCell(0).getStringCellValue()).contains("Tỉnh Lạng Sơn").endsWith("2022");
            for (int r = 2; r <= total.getLastRowNum(); r++) {
                Row row = total.getRow(r);
                if (row.getCell(1) != null) {
                    byKind.put(row.getCell(1).getStringCellValue(), new double[]{row.getCell(2).getNumericCellValue(),
                            row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue()});
                    assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                }
            }
        }
        Map<String, int[]> reported = Map.of("Khu dân cư", new int[]{1686, 1727}, "Xã", new int[]{173, 181},
                "Phường", new int[]{4, 5}, "Thị trấn", new int[]{14, 14}, "Cơ quan", new int[]{583, 598},
                "Doanh nghiệp", new int[]{44, 57}, "Cơ sở giáo dục", new int[]{291, 296});
        reported.forEach((kind, ratio) -> {
            assertThat(byKind).as(kind).containsKey(kind);
            assertThat(byKind.get(kind)[0]).as(kind).isEqualTo(ratio[0]);
            assertThat(byKind.get(kind)[1]).as(kind).isEqualTo(ratio[1]);
            assertThat(byKind.get(kind)[2]).as(kind).isCloseTo((double) ratio[0] / ratio[1], org.assertj.core.data.Offset.offset(0.0001));
        });
    }

    @Test
    void haTinhsFestivalPointsOf2022ComeBackAsGeoJsonFeatures() {
        JsonPath page = Api.anonymous().accept("application/geo+json").get("/api/v1/festivals?unit=2025:42&year=2022&limit=100")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("type")).isEqualTo("FeatureCollection");
        List<Map<String, Object>> features = page.getList("features");
        assertThat(features).hasSize(100);
        assertThat(page.getString("nextCursor")).isNotNull();
        for (Map<String, Object> feature : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            @SuppressWarnings("unchecked")
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            if (geometry != null) {
                assertThat(geometry.get("type")).isEqualTo("Point");
                @SuppressWarnings("unchecked")
                List<Object> coordinates = (List<Object>) geometry.get("coordinates");
                assertThat(coordinates).containsExactly(properties.get("longitude"), properties.get("latitude"));
            }
        }
        assertThat(features).anySatisfy(f -> assertThat(f.get("geometry")).isNotNull());
    }

    @Test
    void theOpenSafetyFileOf2022HoldsLangSonsFigures() {
        String csv = Api.anonymous().get("/api/v1/open-data/statistics-safety-2022.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains("safety,2025,total,,,,,subjectKind,residential_area,1686,1727,");
        String schedule = Api.anonymous().get("/api/v1/open-data/festival-schedule-2022.csv").then().statusCode(200).extract().asString();
        assertThat(schedule.lines().count()).isGreaterThan(1407);
    }
}
