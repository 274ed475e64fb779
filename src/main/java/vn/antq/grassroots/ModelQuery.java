package vn.antq.grassroots;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.grassroots.ModelDtos.ModelFilter;
import vn.antq.organization.OrganizationMatch;
import vn.antq.organization.OrganizationType;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

/** The query parameters of the grassroots model list. */
public class ModelQuery extends SearchParams<ModelFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("category") ModelCategory category;
    @QueryParam("topic") ModelTopic topic;
    @QueryParam("status") ModelStatus status;
    @QueryParam("sponsorId") UUID sponsorId;
    @QueryParam("sponsorType") OrganizationType sponsorType;
    @QueryParam("exemplary") Boolean exemplary;
    @QueryParam("establishedFrom") LocalDate establishedFrom;
    @QueryParam("establishedTo") LocalDate establishedTo;
    @QueryParam("replicatedFromId") UUID replicatedFromId;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public ModelFilter filter() {
        return new ModelFilter(unit, category, topic, status, sponsorId, sponsorType, exemplary, establishedFrom, establishedTo, replicatedFromId, q, OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
