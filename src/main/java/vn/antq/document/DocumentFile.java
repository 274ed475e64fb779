package vn.antq.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file of a document: immutable once stored; removing it only marks it deleted. */
@Entity
@Table(name = "document_file")
public class DocumentFile extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "document_id", nullable = false)
    public UUID documentId;
    @Column(name = "content_id", nullable = false)
    public UUID contentId;
    public String filename;
    @Column(name = "media_type")
    public String mediaType;
    public long size;
    public String sha256;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "deleted_at")
    public Instant deletedAt;
}
