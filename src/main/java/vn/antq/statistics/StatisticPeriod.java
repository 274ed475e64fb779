package vn.antq.statistics;

import jakarta.ws.rs.QueryParam;
import vn.antq.safety.Standard;

/** The query parameters of a registry statistic: the period's, and the safety statistic's standard. */
public class StatisticPeriod extends Period {

    /** The safety statistic's standard (default antt_safe); no other statistic takes it. */
    @QueryParam("standard") Standard standard;
}
