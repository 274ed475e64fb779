package vn.antq.safety;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.safety.SafetyDtos.AssessmentFilter;
import vn.antq.shared.http.SearchParams;

import java.util.UUID;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the safety assessment list. */
public class SafetyQuery extends SearchParams<AssessmentFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("fromYear") @Range(min = 2000, max = 2100, message = BETWEEN) Integer fromYear;
    @QueryParam("toYear") @Range(min = 2000, max = 2100, message = BETWEEN) Integer toYear;
    @QueryParam("subjectKind") SubjectKind subjectKind;
    @QueryParam("attained") Boolean attained;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("recognizedById") UUID recognizedById;
    @QueryParam("standard") Standard standard;
    @QueryParam("stage") Stage stage;

    @Override
    public AssessmentFilter filter() {
        return new AssessmentFilter(unit, year, fromYear, toYear, subjectKind, attained, organizationId, recognizedById, q,
                // A list that names no standard is of "An toàn về ANTT", as it was before standards were named.
                standard == null ? Standard.antt_safe : standard, stage);
    }
}
