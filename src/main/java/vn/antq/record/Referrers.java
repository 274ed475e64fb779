package vn.antq.record;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each feature for the records it refers to, so that a record is never deleted while
 * live records still refer to it, without the referenced feature knowing who refers to it.
 */
public interface Referrers {

    /**
     * Describes the live records that refer to the record of {@code kind} with {@code id}, e.g.
     * "coordination agreement 6f1c…"; empty when there are none.
     */
    List<String> referringTo(String kind, UUID id);
}
