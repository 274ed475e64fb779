package vn.antq.grassroots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A model's derived figures, read from the view grassroots_model_figures: the totals of its live points
 * and its current status. Nothing here is stored; the points and the status history are the only source.
 */
@Entity
@Immutable
@Table(name = "grassroots_model_figures")
public class ModelFigures {

    @Id
    @Column(name = "model_id")
    public UUID modelId;
    @Column(name = "point_count")
    public long pointCount;
    @Column(name = "team_count")
    public long teamCount;
    @Column(name = "member_count")
    public long memberCount;
    @Enumerated(EnumType.STRING)
    public ModelStatus status;
    @Column(name = "status_since")
    public LocalDate statusSince;
}
