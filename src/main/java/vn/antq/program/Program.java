package vn.antq.program;

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
import vn.antq.adminunit.Level;
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A coordination program (chương trình phối hợp), national or a local implementation of one. */
@Entity
@Table(name = "program")
@SQLRestriction("deleted_at is null")
public class Program extends UnitRecordEntity {

    public String code;
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Enumerated(EnumType.STRING)
    public ProgramStatus status;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "parent_id")
    public UUID parentId;

    @ElementCollection
    @CollectionTable(name = "program_signatory", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> signatoryIds = new ArrayList<>();

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "program_document", joinColumns = @jakarta.persistence.JoinColumn(name = "program_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
