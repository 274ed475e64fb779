package vn.antq.festival;

/**
 * What a festival is (spelled as on the wire; extensible): the festival day of the movement, on and around
 * 19 August (the default), National Great Unity Day (Ngày hội đại đoàn kết toàn dân tộc, 18 November),
 * often organized alongside, or another festival.
 */
public enum FestivalKind {
    antq_festival_day, great_unity_day, other
}
