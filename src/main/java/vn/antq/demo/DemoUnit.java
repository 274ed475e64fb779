package vn.antq.demo;

/**
 * A commune-level unit as the demo generators need it, read from the administrative-unit tables.
 *
 * @param era              {@code legacy} or {@code 2025}
 * @param typeEn           {@code commune}, {@code ward}, {@code commune_level_town}, ...
 * @param districtCode     the legacy district (null in the 2025 structure)
 * @param districtFullName the legacy district's full name, e.g. "Huyện Can Lộc" (null in the 2025 structure)
 */
record DemoUnit(String era, String code, String fullName, String typeEn, String districtCode, String districtFullName,
                String provinceCode) {

    /** "Xã Cẩm Thành" as it reads inside a sentence: "xã Cẩm Thành". */
    static String inSentence(String fullName) {
        return fullName.isEmpty() ? fullName : Character.toLowerCase(fullName.charAt(0)) + fullName.substring(1);
    }

    /** Urban units (wards and townships) are divided into residential groups, rural communes into villages. */
    boolean urban() {
        return !typeEn.equals("commune");
    }
}
