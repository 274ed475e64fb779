package vn.antq.organization;

/** The kinds of organization that take part in the movement (spelled as on the wire). */
public enum OrganizationType {
    police, fatherland_front, veterans_association, womens_union, youth_union, farmers_association, trade_union,
    peoples_committee, steering_committee_138, agency, enterprise, school, other
}
