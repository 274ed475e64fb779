package vn.antq.document;

/** The form of a document (Decree 30/2020/NĐ-CP), spelled as on the wire; clients must accept new kinds. */
public enum DocumentKind {
    decision, program, plan, regulation, report, minutes, official_letter, other
}
