package vn.antq.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One read of a record's personal data in full (see {@link PersonalDataAccessLog}); written by SQL, read here. */
@Entity
@Immutable
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    public Long id;
    @Column(name = "accessed_at")
    public Instant accessedAt;
    public String subject;
    public String client;
    public String operation;
    public String collection;
    @Column(name = "record_id")
    public UUID recordId;
}
