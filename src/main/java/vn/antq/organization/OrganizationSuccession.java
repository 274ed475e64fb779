package vn.antq.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.record.RecordEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A succession event: organizations before it, organizations after it, on a date, on a legal basis. */
@Entity
@Table(name = "organization_succession")
@SQLRestriction("deleted_at is null")
public class OrganizationSuccession extends RecordEntity {

    @Enumerated(EnumType.STRING)
    public SuccessionKind kind;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String note;

    @ElementCollection
    @CollectionTable(name = "organization_succession_predecessor", joinColumns = @JoinColumn(name = "succession_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> predecessorIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_succession_successor", joinColumns = @JoinColumn(name = "succession_id"))
    @OrderColumn(name = "position")
    public List<Share> successors = new ArrayList<>();

    /** A successor and what passed to it. */
    @Embeddable
    public static class Share {

        @Column(name = "organization_id")
        public UUID organizationId;
        public String receives;

        protected Share() {
        }

        public Share(UUID organizationId, String receives) {
            this.organizationId = organizationId;
            this.receives = receives;
        }
    }
}
