package vn.antq.agreement;

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
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A coordination agreement between police, the Front and member organizations over an area. */
@Entity
@Table(name = "coordination_agreement")
@SQLRestriction("deleted_at is null")
public class CoordinationAgreement extends UnitRecordEntity {

    @Column(name = "program_id")
    public UUID programId;
    public String number;
    public String title;
    public String summary;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    public List<AgreementParty> parties = new ArrayList<>();

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "coordination_agreement_document", joinColumns = @jakarta.persistence.JoinColumn(name = "agreement_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
