package vn.antq.award;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/** An award decision (quyết định khen thưởng) with its recipients. */
@Entity
@Table(name = "award_decision")
@SQLRestriction("deleted_at is null")
public class AwardDecision extends RecordEntity {

    public String number;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "issuer_id")
    public UUID issuerId;
    @Column(name = "signer_title")
    public String signerTitle;
    @Enumerated(EnumType.STRING)
    public AwardForm form;
    @Enumerated(EnumType.STRING)
    public AwardOccasion occasion;
    @Column(name = "occasion_program_id")
    public UUID occasionProgramId;
    @Column(name = "occasion_agreement_id")
    public UUID occasionAgreementId;
    @Column(name = "occasion_year")
    public Integer occasionYear;
    public String achievement;
    @Enumerated(EnumType.STRING)
    public AwardStatus status;
    @Column(name = "annulled_by_number")
    public String annulledByNumber;
    @Column(name = "annulled_on")
    public LocalDate annulledOn;
    @Column(name = "annulment_reason")
    public String annulmentReason;

    @ElementCollection
    @CollectionTable(name = "award_recipient", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    public List<AwardRecipient> recipients = new ArrayList<>();

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "award_decision_document", joinColumns = @jakarta.persistence.JoinColumn(name = "award_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
