package io.segsync.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the token is sent. Only Segment's own hosts by default: plain {@code http://} is allowed to a
 * loopback host only (the sandbox), and any other https host needs an explicit opt-in (a proxy), so a
 * typo can never send the token to an arbitrary host.
 */
public record ApiUrl(URI uri) {

    public ApiUrl {
        String path = uri.getPath();
        if (path != null && path.endsWith("/")) {
            uri = URI.create(uri.toString().replaceAll("/+$", ""));
        }
    }

    public static ApiUrl of(Region region) {
        return new ApiUrl(region.apiUrl());
    }

    public static ApiUrl parse(String raw, boolean allowCustomHost) {
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a URL: use --region us|eu or a URL such as https://api.segmentapis.com");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("'" + raw + "' is not an http(s) URL: use --region us|eu or a URL such as https://api.segmentapis.com");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("the API URL must not carry credentials, a query or a fragment: " + redacted(uri));
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException("plain http:// is only allowed to a loopback host (the sandbox); use https:// for " + host);
        }
        if (scheme.equals("https") && !isSegmentHost(host) && !allowCustomHost) {
            throw new IllegalArgumentException("'" + host + "' is not a Segment API host (*.segmentapis.com); to send the token through a proxy, add --allow-custom-host");
        }
        return new ApiUrl(uri);
    }

    /** The region this URL belongs to, when it is one of Segment's. */
    public Optional<Region> region() {
        for (Region r : Region.values()) {
            if (r.apiUrl().getHost().equalsIgnoreCase(uri.getHost())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public URI resolve(String pathAndQuery) {
        return URI.create(uri.toString() + pathAndQuery);
    }

    static boolean isSegmentHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("segmentapis.com") || h.endsWith(".segmentapis.com");
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        // Only literal addresses are checked: resolving a name could be steered by DNS.
        if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String redacted(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
