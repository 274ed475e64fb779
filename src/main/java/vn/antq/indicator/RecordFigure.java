package vn.antq.indicator;

/**
 * A figure the registry computes from its own itemized records, against which a reported indicator is
 * reconciled: a measure of one of the record statistics, optionally of one category of it.
 * Spelled as on the wire.
 */
public enum RecordFigure {
    models("models", "models", null, null),
    model_points("models", "points", null, null),
    model_teams("models", "teams", null, null),
    festival_points("festivals", "points", null, null),
    festival_participants("festivals", "participants", null, null),
    festival_gifts("festivals", "gifts", null, null),
    festival_gift_value_vnd("festivals", "giftValueVnd", null, null),
    festival_points_provincial_leaders("festivals", "pointsWithProvincialLeaders", null, null),
    festival_points_district_leaders("festivals", "pointsWithDistrictLeaders", null, null),
    award_commemorative_medals("awards", "recipients", "form", "commemorative_medal"),
    award_minister_certificates("awards", "recipients", "form", "minister_certificate"),
    safety_residential_area_assessed("safety", "total", "subjectKind", "residential_area"),
    safety_residential_area_attained("safety", "attained", "subjectKind", "residential_area"),
    safety_commune_assessed("safety", "total", "subjectKind", "commune"),
    safety_commune_attained("safety", "attained", "subjectKind", "commune"),
    safety_ward_assessed("safety", "total", "subjectKind", "ward"),
    safety_ward_attained("safety", "attained", "subjectKind", "ward"),
    safety_township_assessed("safety", "total", "subjectKind", "township"),
    safety_township_attained("safety", "attained", "subjectKind", "township"),
    safety_agency_assessed("safety", "total", "subjectKind", "agency"),
    safety_agency_attained("safety", "attained", "subjectKind", "agency"),
    safety_enterprise_assessed("safety", "total", "subjectKind", "enterprise"),
    safety_enterprise_attained("safety", "attained", "subjectKind", "enterprise"),
    safety_school_assessed("safety", "total", "subjectKind", "school"),
    safety_school_attained("safety", "attained", "subjectKind", "school");

    /** The record statistic (as in /api/v1/statistics/{statistic}), its measure, and the category counted, if any. */
    public final String statistic;
    public final String measure;
    public final String dimension;
    public final String key;

    RecordFigure(String statistic, String measure, String dimension, String key) {
        this.statistic = statistic;
        this.measure = measure;
        this.dimension = dimension;
        this.key = key;
    }
}
