package vn.antq.statistics;

import jakarta.ws.rs.QueryParam;
import vn.antq.review.ReviewKind;

/** The query parameters of the indicator statistics: the period's, and the kind of review the reports are for. */
public class IndicatorPeriod extends Period {

    @QueryParam("kind") ReviewKind kind;
}
