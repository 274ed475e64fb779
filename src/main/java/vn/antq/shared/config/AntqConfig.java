package vn.antq.shared.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service's own settings, all under {@code antq.} (see application.properties for their environment
 * variables). A new setting is declared here, never read by name elsewhere.
 */
@ConfigMapping(prefix = "antq")
public interface AntqConfig {

    DemoData demoData();

    Http http();

    RateLimit rateLimit();

    Festival festival();

    Changes changes();

    Webhooks webhooks();

    Idempotency idempotency();

    TokenCache tokenCache();

    Shutdown shutdown();

    OpenData openData();

    interface OpenData {
        /** The first year the open-data catalogue offers files for; the last is the current year. */
        @io.smallrye.config.WithDefault("2020")
        int fromYear();

        /** Cache-Control max-age of the open-data catalogue and files, in seconds (they revalidate cheaply). */
        @io.smallrye.config.WithDefault("300")
        int cacheMaxAge();

        /** The licence the files are published under: its SPDX identifier, title and address. */
        @io.smallrye.config.WithDefault("CC-BY-4.0")
        String licence();

        @io.smallrye.config.WithDefault("Creative Commons Attribution 4.0 International")
        String licenceTitle();

        @io.smallrye.config.WithDefault("https://creativecommons.org/licenses/by/4.0/")
        String licencePath();
    }

    Documents documents();

    PersonalData personalData();

    Reporting reporting();

    /** The reporting calendar's reminders (webhook events reporting-period.due-soon and reporting-period.overdue). */
    interface Reporting {
        /** Whether this replica runs the reminder job (every replica may: each reminder is sent once). */
        @WithDefault("true")
        boolean remindersEnabled();

        /** How many days before a period's due day (in Vietnam) reporting-period.due-soon is sent. */
        @WithDefault("7")
        int dueSoonDays();

        /** How often the reminder job runs (a scheduler period). */
        @WithDefault("1h")
        String remindEvery();
    }

    /** Personal data of award recipients: who may read it, and the record of who did. */
    interface PersonalData {
        /** How long an entry of the personal-data access log is kept. */
        Duration accessRetention();

        /** How often entries older than the retention are deleted. */
        String purgeEvery();

        /**
         * The salt (an HMAC key) of award recipients' fingerprints, which keep the commemorative-medal-once
         * rule working after an erasure. Set once per installation and never changed (docs/personal-data.md).
         */
        String fingerprintSalt();
    }

    interface DemoData {
        /** Whether the records of the source documents are loaded at start-up. */
        boolean enabled();

        /** The demo scripts, in the order they run. */
        List<String> scripts();
    }

    interface Http {
        /** The largest request body outside the bulk routes. */
        MemorySize maxBodySize();

        /** The largest request body of a bulk route (a whole file). */
        MemorySize bulkMaxBodySize();

        /**
         * The routes that take whole files in one request, and so the larger body allowance; a segment
         * {@code *} stands for any one path segment (an id).
         */
        Set<String> bulkPaths();

        /** The browser origins that may call the API (quarkus.http.cors.origins is set from the same value). */
        Optional<List<String>> corsOrigins();
    }

    interface Documents {
        /** The largest file of a document. */
        @WithDefault("50M")
        MemorySize maxFileSize();
    }

    interface RateLimit {
        int requestsPerMinute();
    }

    interface Festival {
        /** How long a festival sync token stays valid. */
        Duration syncTokenLifetime();

        /** Cache-Control max-age of the public festival schedule, in seconds. */
        int cacheMaxAge();

        /** The most events one calendar answer holds; a larger scope is refused, never cut. */
        int calendarMaxEvents();

        /** Room for public festival representations kept in memory. */
        Memory memory();

        /** Sync feed pages a replica builds at once; further requests wait their turn. */
        int feedPagesAtOnce();

        interface Memory {
            /** Single festivals, serialised. */
            MemorySize festivals();

            /** Schedule pages, serialised. */
            MemorySize schedulePages();
        }
    }

    interface Changes {
        /** How long a change-feed token stays valid. */
        Duration tokenLifetime();

        /** Signs change-feed tokens (HMAC-SHA256); the same on every replica. */
        String tokenKey();

        /** How often the change log's superseded rows are pruned (a scheduler period, "off" to never). */
        String pruneEvery();

        /** Rows pruned per transaction. */
        int pruneBatch();
    }

    interface Webhooks {
        /** Whether this replica sends deliveries. */
        boolean enabled();

        /** How often a replica looks for changes to announce and deliveries that are due (a scheduler period). */
        String every();

        /** Deliveries a replica claims per look. */
        int batch();

        /** How long a claimed delivery stays with its replica. */
        Duration lease();

        /** How long a receiver may take to answer. */
        Duration timeout();

        /** The first retry's delay; each further one doubles, up to {@link #backoffMax}. */
        Duration backoffBase();

        Duration backoffMax();

        /** A subscription whose deliveries have all failed this long is paused. */
        Duration pauseAfter();

        /** How long a delivered delivery stays in its subscription's log. */
        Duration deliveredRetention();

        /** Plain http to a loopback address (a receiver on this machine); never in production. */
        boolean allowLoopback();

        /**
         * The HTTP(S) proxy that deliveries go through, as {@code http://host:port}; none when empty. An https
         * receiver is reached through the proxy by CONNECT, so the proxy never sees the payload.
         */
        java.util.Optional<String> proxy();
    }

    interface Idempotency {
        /** How long a key and its stored answer are kept. */
        Duration retention();

        /** A key still marked running after this may be claimed again (its request died). */
        Duration abandonedAfter();

        /** How often expired keys are purged (a scheduler period). */
        String purgeEvery();
    }

    /** Leaving service on SIGTERM (application.properties: quarkus.shutdown.*). */
    interface Shutdown {
        /**
         * How long after SIGTERM new requests are still served while the balancers stop sending (readiness is
         * already DOWN); afterwards they are refused with 503 until the requests in flight have finished.
         */
        @WithDefault("0S")
        Duration delay();

        /** The Retry-After of that 503: by then another replica serves. */
        @WithDefault("2S")
        Duration retryAfter();
    }

    interface TokenCache {
        /** Whether a bearer token already verified is reused instead of being verified again. */
        boolean enabled();

        /** How long after its verification a token is reused at most (never beyond its expiry). */
        Duration maxAge();

        /** The most verified tokens kept. */
        int maxEntries();
    }
}
