package vn.antq.agreement;

/** A party's role in an agreement: the lead (usually the police), co-lead (the Front) or member. */
public enum PartyRole {
    lead, co_lead, member
}
