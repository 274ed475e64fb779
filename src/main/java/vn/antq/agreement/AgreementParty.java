package vn.antq.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

@Embeddable
public class AgreementParty {

    @Column(name = "organization_id")
    public UUID organizationId;
    @Enumerated(EnumType.STRING)
    public PartyRole role;

    protected AgreementParty() {
    }

    public AgreementParty(UUID organizationId, PartyRole role) {
        this.organizationId = organizationId;
        this.role = role;
    }
}
