package vn.antq.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review conference held on a program or an agreement; stored with its owner. */
@Embeddable
public class ReviewConference {

    public ReviewKind kind;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "host_organization_id")
    public UUID hostOrganizationId;
    public String title;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReportedFigure> figures;

    /** A figure reported at the conference, e.g. "mediation teams set up": 274. */
    public record ReportedFigure(String name, BigDecimal value, String unit) {
    }
}
