package vn.antq.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationService;
import vn.antq.review.ReviewDtos.ReviewRequest;
import vn.antq.review.ReviewDtos.ReviewView;
import vn.antq.shared.error.Violations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The deprecated {@code reviews} of programs and agreements, kept for the clients that use them. They are
 * no longer stored with their program or agreement: they are the review conferences that review it, shown
 * in the old shape (the first host as the host). A review a program or agreement is written with, that none
 * of its conferences matches (same kind, date and title), is recorded as a new conference reviewing it, in
 * its unit; the others are left as they are. Conferences are changed and deleted at /api/v1/review-conferences.
 */
@ApplicationScoped
public class Reviews {

    @Inject
    OrganizationService organizations;
    @Inject
    ReviewConferenceRepository conferences;

    /** Checks that every host organization exists (and keeps it from being deleted meanwhile). */
    public void check(List<ReviewRequest> reviews, Violations violations) {
        if (reviews == null) {
            return;
        }
        List<UUID> hosts = reviews.stream().map(r -> r == null ? null : r.hostOrganizationId()).toList();
        organizations.requireLive(hosts, "reviews[].hostOrganizationId", violations);
    }

    /** Records the reviews a program is written with that it does not have yet; {@code programId} is assigned. */
    public void forwardOfProgram(UUID programId, Level level, AdminUnitKey unit, List<ReviewRequest> reviews) {
        forward(reviews, programId == null ? List.of() : conferences.ofProgram(programId), level, unit, programId, null);
    }

    /** Records the reviews an agreement is written with that it does not have yet. */
    public void forwardOfAgreement(UUID agreementId, Level level, AdminUnitKey unit, List<ReviewRequest> reviews) {
        forward(reviews, agreementId == null ? List.of() : conferences.ofAgreement(agreementId), level, unit, null, agreementId);
    }

    private void forward(List<ReviewRequest> reviews, List<ReviewConference> existing, Level level, AdminUnitKey unit,
                         UUID programId, UUID agreementId) {
        if (reviews == null) {
            return;
        }
        Set<String> known = new HashSet<>();
        existing.forEach(c -> known.add(key(c.kind, c.heldOn, c.title)));
        for (ReviewRequest request : reviews) {
            if (!known.add(key(request.kind(), request.heldOn(), request.title().strip()))) {
                continue;
            }
            ReviewConference conference = new ReviewConference();
            conference.kind = request.kind();
            conference.heldOn = request.heldOn();
            conference.level = level;
            conference.unit = level == Level.central ? null : unit;
            conference.title = request.title().strip();
            conference.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
            conference.programId = programId;
            conference.agreementId = agreementId;
            conference.hostIds = request.hostOrganizationId() == null ? new ArrayList<>()
                    : new ArrayList<>(List.of(request.hostOrganizationId()));
            conference.figures = request.figures() == null ? new ArrayList<>() : new ArrayList<>(request.figures().stream()
                    .map(f -> new ReviewConference.ReportedFigure(f.name(), f.value(), f.unit())).toList());
            conferences.persist(conference);
        }
    }

    private static String key(ReviewKind kind, java.time.LocalDate heldOn, String title) {
        return kind + "|" + heldOn + "|" + title;
    }

    public List<ReviewView> ofProgram(UUID programId) {
        return programId == null ? List.of() : views(conferences.ofProgram(programId));
    }

    public List<ReviewView> ofAgreement(UUID agreementId) {
        return agreementId == null ? List.of() : views(conferences.ofAgreement(agreementId));
    }

    private List<ReviewView> views(List<ReviewConference> reviewing) {
        List<UUID> hosts = reviewing.stream().map(Reviews::host).filter(Objects::nonNull).toList();
        Map<UUID, String> names = organizations.names(hosts);
        return reviewing.stream().map(c -> new ReviewView(c.kind, c.heldOn, host(c), host(c) == null ? null : names.get(host(c)),
                c.title, c.summary, ReviewConferenceService.figures(c))).toList();
    }

    private static UUID host(ReviewConference c) {
        return c.hostIds.isEmpty() ? null : c.hostIds.get(0);
    }
}
