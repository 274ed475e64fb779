package vn.antq.statistics;

import vn.antq.safety.Standard;

import java.util.List;
import java.util.Map;

/**
 * One statistic: the records it counts (a SELECT giving each record's unit, its year and its
 * dimensions), the measures it aggregates, and whether it is a flow (records of each year, added up
 * over a range) or a stock (what exists at the end of each year, never added up across years).
 *
 * @param base       SQL selecting unit_era, unit_code, unit_province, y (the year) and the columns named by
 *                   {@code dimensions} and used by {@code aggregates}; :fromYear and :toYear bound the years
 * @param dimensions wire name -> column of {@code base}
 * @param measures   wire name -> SQL aggregate over {@code base}'s columns
 */
record Statistic(String name, String base, List<Column> dimensions, List<Column> measures, boolean stock) {

    record Column(String name, String sql) {
    }

    /**
     * Assessments against one standard (:standard): attained of total, per subject kind (for the model ward police
     * pilot: recognized of the wards in it).
     */
    static final Statistic SAFETY = new Statistic("safety", """
            select s.unit_era, s.unit_code, s.unit_province, s.year as y, s.subject_kind, s.attained
            from safety_assessment s
            where s.deleted_at is null and s.standard = :standard and s.year between :fromYear and :toYear""",
            List.of(new Column("subjectKind", "subject_kind")),
            List.of(new Column("attained", "count(*) filter (where attained)"), new Column("total", "count(*)")),
            false);

    /**
     * Models that exist at the end of each year: established by then (or undated), and not dissolved
     * before the year began. Their points, teams and members are their current totals
     * (grassroots_model_figures), and their status the current one.
     */
    static final Statistic MODELS = new Statistic("models", """
            select m.unit_era, m.unit_code, m.unit_province, y.y, m.category, m.topic, f.status,
                   f.point_count, f.team_count, f.member_count
            from grassroots_model m
            join grassroots_model_figures f on f.model_id = m.id
            cross join generate_series(cast(:fromYear as int), cast(:toYear as int)) as y(y)
            where m.deleted_at is null
              and (m.established_on is null or m.established_on <= make_date(y.y, 12, 31))
              and not (f.status = 'dissolved' and f.status_since < make_date(y.y, 1, 1))""",
            List.of(new Column("category", "category"), new Column("topic", "topic"), new Column("status", "status")),
            List.of(new Column("models", "count(*)"), new Column("points", "coalesce(sum(point_count), 0)"),
                    new Column("teams", "coalesce(sum(team_count), 0)"), new Column("members", "coalesce(sum(member_count), 0)")),
            true);

    /** Valid (not annulled) award decisions by the year they were signed, placed at their issuer's unit. */
    static final Statistic AWARDS = new Statistic("awards", """
            select o.unit_era, o.unit_code, o.unit_province, cast(extract(year from a.signed_on) as int) as y,
                   a.form, rc.kind as recipient_kind, a.id as award_id, rc.award_id as recipient_of
            from award_decision a
            join organization o on o.id = a.issuer_id
            left join award_recipient rc on rc.award_id = a.id
            where a.deleted_at is null and a.status = 'valid'
              and a.signed_on >= make_date(cast(:fromYear as int), 1, 1) and a.signed_on < make_date(cast(:toYear as int) + 1, 1, 1)""",
            List.of(new Column("form", "form"), new Column("recipientKind", "recipient_kind")),
            List.of(new Column("decisions", "count(distinct award_id)"), new Column("recipients", "count(recipient_of)")),
            false);

    /** Festival points of each year's festival day, cancelled ones left out. */
    static final Statistic FESTIVALS = new Statistic("festivals", """
            select f.unit_era, f.unit_code, f.unit_province, f.year as y, f.participants, f.gift_count, f.gift_value_vnd,
                   f.leaders
            from festival f
            where f.deleted_at is null and f.status <> 'cancelled' and f.year between :fromYear and :toYear""",
            List.of(),
            List.of(new Column("points", "count(*)"), new Column("participants", "coalesce(sum(participants), 0)"),
                    new Column("gifts", "coalesce(sum(gift_count), 0)"),
                    new Column("giftValueVnd", "coalesce(sum(gift_value_vnd), 0)"),
                    new Column("pointsWithProvincialLeaders", "count(*) filter (where leaders @> '[{\"level\":\"province\"}]')"),
                    new Column("pointsWithDistrictLeaders", "count(*) filter (where leaders @> '[{\"level\":\"district\"}]')")),
            false);

    /**
     * Festival points of each year, cancelled ones left out, per kind of festival and per kind of activity
     * (its own report: the festivals statistic keeps the shape its clients know).
     * A festival comes once per activity (once when it has none): its own figures are added up from one of
     * its rows (first_row), except in an activity's line, where each festival holding it comes once.
     * activities, activityParticipants and activityItems add up the activities' own figures.
     */
    static final Statistic FESTIVAL_ACTIVITIES = new Statistic("festival-activities", """
            select f.unit_era, f.unit_code, f.unit_province, f.year as y, f.id as festival_id, f.kind,
                   a.value ->> 'kind' as activity_kind, cast(a.value ->> 'participants' as bigint) as activity_participants,
                   cast(a.value ->> 'count' as bigint) as activity_count, coalesce(a.ord, 1) = 1 as first_row,
                   f.participants, f.gift_count, f.gift_value_vnd
            from festival f
            left join lateral jsonb_array_elements(f.activities) with ordinality as a(value, ord) on true
            where f.deleted_at is null and f.status <> 'cancelled' and f.year between :fromYear and :toYear""",
            List.of(new Column("kind", "kind"), new Column("activityKind", "activity_kind")),
            List.of(new Column("points", "count(distinct festival_id)"),
                    new Column("participants", festivalSum("participants")),
                    new Column("gifts", festivalSum("gift_count")),
                    new Column("giftValueVnd", festivalSum("gift_value_vnd")),
                    new Column("activities", "count(activity_kind)"),
                    new Column("activityParticipants", "coalesce(sum(activity_participants), 0)"),
                    new Column("activityItems", "coalesce(sum(activity_count), 0)")),
            false);

    /** A festival's own figure added up once per festival (see {@link #FESTIVAL_ACTIVITIES}). */
    private static String festivalSum(String column) {
        return "coalesce(case when grouping(activity_kind) = 0 then sum(" + column + ") else sum(" + column
                + ") filter (where first_row) end, 0)";
    }

    /** Campaign launches by the year they were launched, with their participants. */
    static final Statistic CAMPAIGNS = new Statistic("campaigns", """
            select c.unit_era, c.unit_code, c.unit_province, cast(extract(year from c.launched_on) as int) as y, c.kind,
                   c.participants
            from campaign c
            where c.deleted_at is null
              and c.launched_on >= make_date(cast(:fromYear as int), 1, 1) and c.launched_on < make_date(cast(:toYear as int) + 1, 1, 1)""",
            List.of(new Column("kind", "kind")),
            List.of(new Column("campaigns", "count(*)"), new Column("participants", "coalesce(sum(participants), 0)")),
            false);

    /**
     * The statistic's own parameters beside the years: the safety statistic counts one standard, "An toàn về
     * ANTT" unless {@code standard} names another.
     */
    Map<String, Object> parameters(Standard standard) {
        return this == SAFETY ? Map.of("standard", (standard == null ? Standard.antt_safe : standard).name()) : Map.of();
    }

    /** The statistic with the given name, as a report path names it. */
    static Statistic named(String name) {
        return switch (name) {
            case "safety" -> SAFETY;
            case "models" -> MODELS;
            case "awards" -> AWARDS;
            case "festivals" -> FESTIVALS;
            case "campaigns" -> CAMPAIGNS;
            case "festival-activities" -> FESTIVAL_ACTIVITIES;
            default -> throw new IllegalArgumentException("no statistic " + name);
        };
    }
}
