package vn.antq.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses the registry may call: HTTPS only (the events name government records), no
 * credentials or fragment in the URL, and never the link-local range (cloud metadata services).
 * Loopback over plain HTTP is allowed only when configured (tests, a local receiver). Redirects are never
 * followed when delivering, so a receiver cannot send the registry elsewhere.
 */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Why the URL is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String url, boolean loopbackAllowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials (use the signing secret)");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        boolean loopback = isLoopback(host);
        if (loopback && !loopbackAllowed) {
            return Optional.of("must not point at this machine");
        }
        if (scheme.equals("http") && !loopback) {
            return Optional.of("must use https");
        }
        if (isLinkLocal(host)) {
            return Optional.of("must not point at a link-local address");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        return literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    private static boolean isLinkLocal(String host) {
        return literal(host).map(a -> a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()).orElse(false);
    }

    /** The address when the host is an IP literal (never a DNS look-up). */
    private static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
