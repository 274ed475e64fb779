package vn.antq.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** A document (văn bản): numbered, issued on a day by organizations or an outside body, signed, summarised. */
@Entity
@Table(name = "document")
@SQLRestriction("deleted_at is null")
public class Document extends UnitRecordEntity {

    public String number;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "issuer_name")
    public String issuerName;
    /** The issuing organizations' names when last written, for the search only. */
    @Column(name = "issuer_text")
    public String issuerText;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_title")
    public String signerTitle;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Convert(converter = DocumentAccess.Column.class)
    public DocumentAccess access;

    @ElementCollection
    @CollectionTable(name = "document_issuer", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> issuerIds = new ArrayList<>();
}
