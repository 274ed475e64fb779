package vn.antq.award;

/**
 * What an award was given for (spelled as on the wire): a coordination program, a review conference (of
 * a program or an agreement), a festival year (Ngày hội toàn dân bảo vệ an ninh Tổ quốc), the annual
 * movement of a year, or another occasion.
 */
public enum AwardOccasion {
    program, review_conference, festival, annual_movement, other
}
