package vn.antq.indicator;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.Level;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The indicator catalogue shapes of the API. */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    /** What the catalogue's list is filtered by; each filter applies when set. */
    public record IndicatorFilter(String code, IndicatorKind kind, Level level, String shareOf, Integer validIn, String q) {
    }

    public record IndicatorRequest(
            @NotNull @Size(min = 2, max = 60) @Pattern(regexp = "[a-z][a-z0-9_]*", message = "must be lower-case letters, digits and underscores, starting with a letter") String code,
            @NotNull @Size(min = 1, max = 300) String nameVi,
            @NotNull @Size(min = 1, max = 300) String nameEn,
            @NotNull @Size(min = 1, max = 1000) String counts,
            @NotNull IndicatorKind kind,
            @Size(min = 2, max = 60) String shareOf,
            @NotEmpty @Size(max = 4) List<@NotNull Level> levels,
            LocalDate validFrom,
            LocalDate validTo,
            RecordFigure recordFigure) {
    }

    public record IndicatorView(UUID id, String code, String nameVi, String nameEn, String counts, IndicatorKind kind,
                                String shareOf, String aggregation, List<Level> levels, LocalDate validFrom,
                                LocalDate validTo, RecordFigure recordFigure, Instant createdAt, Instant updatedAt)
            implements RecordView {
    }

    /** A list item: the same fields as one indicator (the catalogue is small). */
    public record IndicatorSummary(UUID id, String code, String nameVi, String nameEn, String counts, IndicatorKind kind,
                                   String shareOf, String aggregation, List<Level> levels, LocalDate validFrom,
                                   LocalDate validTo, RecordFigure recordFigure, Instant createdAt, Instant updatedAt) {

        static IndicatorSummary of(Indicator i) {
            return new IndicatorSummary(i.id, i.code, i.nameVi, i.nameEn, i.counts, i.kind, i.shareOf, i.aggregation,
                    List.copyOf(i.levels), i.validFrom, i.validTo, i.recordFigure, i.createdAt, i.updatedAt);
        }
    }
}
