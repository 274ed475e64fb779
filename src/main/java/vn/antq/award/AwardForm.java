package vn.antq.award;

/**
 * The form of an award (spelled as on the wire): a certificate of merit (bằng khen) of the Prime
 * Minister, of a Minister or of a provincial People's Committee chairman; a commendation (giấy khen) of
 * a police director or of a district or commune People's Committee chairman; the commemorative medal
 * (kỷ niệm chương) "Bảo vệ an ninh Tổ quốc", which an individual receives once; or another form.
 */
public enum AwardForm {
    prime_minister_certificate, minister_certificate, province_chairman_certificate, police_director_commendation,
    district_chairman_commendation, commune_chairman_commendation, commemorative_medal, other
}
