package vn.antq.privacy;

import jakarta.enterprise.context.RequestScoped;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The records whose personal data the current request has read in full; {@link PersonalDataAccessLog}
 * writes them down once the response is known to carry them.
 */
@RequestScoped
public class PersonalDataReads {

    public record Read(String collection, UUID recordId) {
    }

    private final Set<Read> reads = new LinkedHashSet<>();

    public void note(String collection, UUID recordId) {
        reads.add(new Read(collection, recordId));
    }

    public Set<Read> reads() {
        return reads;
    }
}
