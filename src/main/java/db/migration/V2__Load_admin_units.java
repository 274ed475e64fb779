package db.migration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the official administrative units of both eras from the CSVs shipped under
 * {@code db/reference/admin-units} (copied unchanged from the project's shared reference data).
 * A Java migration, because the CSVs are the single source: nothing is retyped into SQL.
 */
public class V2__Load_admin_units extends BaseJavaMigration {

    private static final String DIR = "db/reference/admin-units/";
    private static final LocalDate LEGACY_VALID_TO = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    /** Vietnamese unit types for the machine codes used in the change file. */
    private static final Map<String, String> TYPE_BY_TYPE_EN = Map.of(
            "province", "Tỉnh",
            "municipality", "Thành phố trực thuộc trung ương",
            "commune", "Xã",
            "ward", "Phường",
            "special_administrative_region", "Đặc khu");

    private static final String INSERT_UNIT = """
            INSERT INTO admin_unit (era, code, level, name, full_name, name_en, type, type_en,
                                    province_code, district_code, province_2025_code, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> successorProvince = new HashMap<>();
        for (Map<String, String> row : read("legacy-to-2025-provinces.csv")) {
            successorProvince.put(row.get("old_province_code"), row.get("new_province_code"));
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_UNIT)) {
            for (Map<String, String> row : read("provinces-2025.csv")) {
                addUnit(insert, "2025", "province", row, row.get("code"), null, row.get("code"), REFORM_DATE, null);
            }
            for (Map<String, String> row : read("communes-2025.csv")) {
                addUnit(insert, "2025", "commune", row, row.get("province_code"), null, row.get("province_code"), REFORM_DATE, null);
            }
            for (Map<String, String> row : read("provinces-legacy.csv")) {
                addUnit(insert, "legacy", "province", row, row.get("code"), null,
                        successorProvince.get(row.get("code")), null, LEGACY_VALID_TO);
            }
            for (Map<String, String> row : read("districts-legacy.csv")) {
                addUnit(insert, "legacy", "district", row, row.get("province_code"), null,
                        successorProvince.get(row.get("province_code")), null, LEGACY_VALID_TO);
            }
            for (Map<String, String> row : read("communes-legacy.csv")) {
                addUnit(insert, "legacy", "commune", row, row.get("province_code"), row.get("district_code"),
                        successorProvince.get(row.get("province_code")), null, LEGACY_VALID_TO);
            }
            // Units merged away between 2021 and early 2025: records of those years may name them. The
            // source gives only the last snapshot that showed each one, so that date closes its validity.
            List<Map<String, String>> retired = read("legacy-retired-units.csv");
            for (String level : List.of("district", "commune")) {
                for (Map<String, String> row : retired) {
                    if (row.get("level").equals(level)) {
                        addUnit(insert, "legacy", level, row, row.get("province_code"),
                                level.equals("commune") ? row.get("district_code") : null,
                                successorProvince.get(row.get("province_code")), null,
                                LocalDate.parse(row.get("last_seen_snapshot")));
                    }
                }
            }
            insert.executeBatch();
        }
        loadChanges(connection);
        loadSuccessions(connection);
    }

    private static void addUnit(PreparedStatement insert, String era, String level, Map<String, String> row,
                                String provinceCode, String districtCode, String province2025Code,
                                LocalDate validFrom, LocalDate validTo) throws SQLException {
        if (province2025Code == null) {
            throw new IllegalStateException("No 2025 successor for legacy province " + provinceCode);
        }
        insert.setString(1, era);
        insert.setString(2, row.get("code"));
        insert.setString(3, level);
        insert.setString(4, row.get("name"));
        insert.setString(5, row.get("full_name"));
        insert.setString(6, row.containsKey("name_en") ? row.get("name_en") : ascii(row.get("name")));
        insert.setString(7, row.get("type"));
        insert.setString(8, row.get("type_en"));
        insert.setString(9, provinceCode);
        insert.setString(10, districtCode);
        insert.setString(11, province2025Code);
        insert.setDate(12, validFrom == null ? null : Date.valueOf(validFrom));
        insert.setDate(13, validTo == null ? null : Date.valueOf(validTo));
        insert.addBatch();
    }

    /** The retired-units file has no English name; it is the Vietnamese name without diacritics, as elsewhere. */
    private static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    /** Type changes after 1 July 2025: recorded with their date, and applied to the unit's current state. */
    private static void loadChanges(Connection connection) throws SQLException {
        String insertChange = """
                INSERT INTO admin_unit_change (era, code, effective_date, legal_basis, full_name_before, full_name_after,
                                               type_before, type_after, type_en_before, type_en_after)
                VALUES ('2025', ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        String applyChange = "UPDATE admin_unit SET full_name = ?, type = ?, type_en = ? WHERE era = '2025' AND code = ?";
        try (PreparedStatement change = connection.prepareStatement(insertChange);
             PreparedStatement apply = connection.prepareStatement(applyChange)) {
            for (Map<String, String> row : read("changes-since-2025-07-01.csv")) {
                String typeBefore = typeOf(row.get("type_en_2025_07_01"));
                String typeAfter = typeOf(row.get("type_en_new"));
                change.setString(1, row.get("code"));
                change.setDate(2, Date.valueOf(LocalDate.parse(row.get("effective_date"))));
                change.setString(3, row.get("legal_basis"));
                change.setString(4, row.get("full_name_2025_07_01"));
                change.setString(5, row.get("full_name_new"));
                change.setString(6, typeBefore);
                change.setString(7, typeAfter);
                change.setString(8, row.get("type_en_2025_07_01"));
                change.setString(9, row.get("type_en_new"));
                change.addBatch();
                apply.setString(1, row.get("full_name_new"));
                apply.setString(2, typeAfter);
                apply.setString(3, row.get("type_en_new"));
                apply.setString(4, row.get("code"));
                apply.addBatch();
            }
            change.executeBatch();
            apply.executeBatch();
        }
    }

    private static String typeOf(String typeEn) {
        String type = TYPE_BY_TYPE_EN.get(typeEn);
        if (type == null) {
            throw new IllegalStateException("Unknown unit type " + typeEn);
        }
        return type;
    }

    private static void loadSuccessions(Connection connection) throws SQLException {
        String insert = "INSERT INTO admin_unit_succession (legacy_code, new_code, sources, agreement) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Map<String, String> row : read("legacy-to-2025-communes.csv")) {
                statement.setString(1, row.get("old_code"));
                statement.setString(2, row.get("new_code"));
                statement.setString(3, row.get("sources"));
                statement.setString(4, row.get("agreement"));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<Map<String, String>> read(String file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = V2__Load_admin_units.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + DIR + file);
            }
            MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(in);
            List<Map<String, String>> result = new ArrayList<>();
            rows.forEachRemaining(result::add);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIR + file, e);
        }
    }
}
