package vn.antq.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.UnitRequest;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class WebhookDtos {

    private WebhookDtos() {
    }

    /** Create or replace a subscription. On a replace, an absent secret keeps the current one. */
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> collections,
            @Valid AdminUnitRef adminUnit,
            @Size(max = 200) String secret,
            @Size(max = 500) String description,
            @NotNull @Pattern(regexp = "active|paused", message = "must be active or paused") String status) implements UnitRequest {
    }

    public record SubscriptionView(UUID id, String url, List<String> collections, AdminUnitLabel adminUnit,
                                   String description, String status, String pausedReason, Instant failingSince,
                                   Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** One entry of a subscription's delivery log. */
    public record DeliveryView(String eventId, String type, String collection, UUID recordId, Instant changedAt,
                               String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                               Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
    }
}
