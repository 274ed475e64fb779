package vn.antq.privacy;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.antq.shared.config.AntqConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A person's fingerprint: HMAC-SHA-256, keyed by the installation's salt
 * ({@code antq.personal-data.fingerprint-salt}), of the name without case and diacritics and the date of
 * birth. Equal people give equal fingerprints, so a rule that needs to recognise a person (the
 * commemorative medal goes to a person once) still works once the name and date of birth are erased;
 * without the salt the fingerprint cannot be tried against guessed names and dates.
 */
@ApplicationScoped
public class PersonFingerprint {

    /** The salt of application.properties, for development and tests only. */
    static final String DEVELOPMENT_SALT = "antq-development-fingerprint-salt";

    private static final Logger LOG = Logger.getLogger(PersonFingerprint.class);

    @Inject
    AntqConfig config;

    /** A production start on the development salt is said loudly: its fingerprints could be tried against guesses. */
    void warnOnDevelopmentSalt(@Observes StartupEvent started) {
        if (LaunchMode.current() == LaunchMode.NORMAL && DEVELOPMENT_SALT.equals(config.personalData().fingerprintSalt())) {
            LOG.warn("antq.personal-data.fingerprint-salt (ANTQ_PERSONAL_DATA_FINGERPRINT_SALT) is the development value: set a "
                    + "secret of the installation once, before the first award is written, and never change it (docs/personal-data.md)");
        }
    }

    /** The fingerprint (64 hex digits) of the person whose normalised name is {@code nameKey}. */
    public String of(String nameKey, LocalDate birthDate) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.personalData().fingerprintSalt().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal((nameKey + "\n" + birthDate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
