package vn.antq.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.review.ReviewDtos.FigureView;
import vn.antq.review.ReviewDtos.ReviewRequest;
import vn.antq.review.ReviewDtos.ReviewView;
import vn.antq.shared.error.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Validates, stores and renders the review conferences of programs and agreements alike. */
@ApplicationScoped
public class Reviews {

    @Inject
    OrganizationService organizations;

    /** Checks that every host organization exists (and keeps it from being deleted meanwhile). */
    public void check(List<ReviewRequest> reviews, Violations violations) {
        if (reviews == null) {
            return;
        }
        List<UUID> hosts = reviews.stream().map(r -> r == null ? null : r.hostOrganizationId()).toList();
        organizations.requireLive(hosts, "reviews[].hostOrganizationId", violations);
    }

    public List<ReviewConference> toEntities(List<ReviewRequest> reviews) {
        List<ReviewConference> result = new ArrayList<>();
        if (reviews == null) {
            return result;
        }
        for (ReviewRequest request : reviews) {
            ReviewConference review = new ReviewConference();
            review.kind = request.kind();
            review.heldOn = request.heldOn();
            review.hostOrganizationId = request.hostOrganizationId();
            review.title = request.title();
            review.summary = request.summary();
            review.figures = request.figures() == null ? List.of() : request.figures().stream()
                    .map(f -> new ReviewConference.ReportedFigure(f.name(), f.value(), f.unit())).toList();
            result.add(review);
        }
        return result;
    }

    public List<ReviewView> toViews(List<ReviewConference> reviews, Map<UUID, String> organizationNames) {
        return reviews.stream().map(r -> new ReviewView(r.kind, r.heldOn, r.hostOrganizationId,
                r.hostOrganizationId == null ? null : organizationNames.get(r.hostOrganizationId), r.title, r.summary,
                r.figures == null ? List.of() : r.figures.stream().map(f -> new FigureView(f.name(), f.value(), f.unit())).toList()))
                .toList();
    }

    public static List<UUID> hosts(List<ReviewConference> reviews) {
        return reviews.stream().map(r -> r.hostOrganizationId).filter(Objects::nonNull).toList();
    }
}
