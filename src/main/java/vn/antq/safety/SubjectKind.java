package vn.antq.safety;

import java.util.Set;

/** What an "An toàn về ANTT" assessment is about (spelled as on the wire). */
public enum SubjectKind {
    residential_area, commune, ward, township, special_zone, agency, enterprise, school;

    /** An administrative unit of commune level assessed as such. */
    public boolean isUnit() {
        return this == commune || this == ward || this == township || this == special_zone;
    }

    /** An organization of the registry. */
    public boolean isOrganization() {
        return this == agency || this == enterprise || this == school;
    }

    /**
     * The commune-level unit types (admin_unit.type_en) a unit assessed as this kind may have. Legacy
     * units carry the type of their last snapshot, and a commune often became a township (or a
     * township a ward) during the legacy era, so a legacy unit may be assessed as a kind its type
     * has since outgrown.
     */
    public boolean fits(String typeEn, boolean legacy) {
        return switch (this) {
            case commune -> typeEn.equals("commune") || legacy && (typeEn.equals("commune_level_town") || typeEn.equals("ward"));
            case township -> typeEn.equals("commune_level_town") || legacy && typeEn.equals("ward");
            case ward -> typeEn.equals("ward");
            case special_zone -> typeEn.equals("special_administrative_region");
            default -> false;
        };
    }

    static final Set<String> COMMUNE_LEVEL_KINDS = Set.of("commune", "ward", "township", "special_zone");
}
