package vn.antq.indicator;

/** What an indicator's figure is (spelled as on the wire): a count, an amount in đồng, people, or units. */
public enum IndicatorKind {
    count, amount_vnd, people, units
}
