package vn.antq.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The shapes of succession events and of an organization's lineage. */
public final class SuccessionDtos {

    private SuccessionDtos() {
    }

    /** What the list of events is filtered by; each filter applies when set. */
    public record SuccessionFilter(SuccessionKind kind, UUID organizationId, LocalDate effectiveFrom, LocalDate effectiveTo,
                                   String q) {
    }

    /** Body of create and full update. */
    public record SuccessionRequest(
            @NotNull SuccessionKind kind,
            @NotNull LocalDate effectiveOn,
            @NotNull @Size(min = 1, max = 100) List<@NotNull UUID> predecessorIds,
            @Size(max = 100) List<@NotNull @Valid SuccessorRequest> successors,
            @Size(max = 500) String legalBasis,
            @Size(max = 2000) String note) {

        public List<SuccessorRequest> successorsOrEmpty() {
            return successors == null ? List.of() : successors;
        }
    }

    /** A successor and what passed to it (required when the event is a split). */
    public record SuccessorRequest(@NotNull UUID organizationId, @Size(max = 1000) String receives) {
    }

    /** An organization named by an event. */
    public record OrganizationRef(UUID organizationId, String name) {
    }

    public record SuccessorView(UUID organizationId, String name, String receives) {
    }

    public record SuccessionView(UUID id, SuccessionKind kind, LocalDate effectiveOn, List<OrganizationRef> predecessors,
                                 List<SuccessorView> successors, String legalBasis, String note,
                                 Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** A list item: the event without its note. */
    public record SuccessionSummary(UUID id, SuccessionKind kind, LocalDate effectiveOn, List<OrganizationRef> predecessors,
                                    List<SuccessorView> successors, String legalBasis, Instant createdAt, Instant updatedAt) {
    }

    /** The columns the list query selects, before the organizations are added to each row. */
    public record SuccessionRow(UUID id, SuccessionKind kind, LocalDate effectiveOn, String legalBasis,
                                Instant createdAt, Instant updatedAt) {
    }

    /**
     * On an organization's detail: an organization it came from or that carries it on, and the event that
     * links them.
     */
    public record SuccessionLink(UUID organizationId, String name, UUID successionId, SuccessionKind kind,
                                 LocalDate effectiveOn, String receives) {
    }

    /** An organization on the chain, {@code distance} events away. */
    public record LineageMember(UUID organizationId, String name, java.time.LocalDate activeFrom, LocalDate activeTo,
                                int distance) {
    }

    /** The chain both ways: every predecessor and successor, nearest first, and the events between them by date. */
    public record LineageView(OrganizationRef organization, List<LineageMember> predecessors,
                              List<LineageMember> successors, List<SuccessionView> events) {
    }
}
