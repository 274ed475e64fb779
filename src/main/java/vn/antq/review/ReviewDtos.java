package vn.antq.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Review conference shapes, shared by programs and agreements. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    public record ReviewRequest(
            @NotNull ReviewKind kind,
            @NotNull LocalDate heldOn,
            UUID hostOrganizationId,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String summary,
            @Size(max = 50) List<@NotNull @Valid FigureRequest> figures) {
    }

    public record FigureRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value,
            @Size(max = 40) String unit) {
    }

    public record ReviewView(ReviewKind kind, LocalDate heldOn, UUID hostOrganizationId, String hostOrganizationName,
                             String title, String summary, List<FigureView> figures) {
    }

    public record FigureView(String name, BigDecimal value, String unit) {
    }
}
