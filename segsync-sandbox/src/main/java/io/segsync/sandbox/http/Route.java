package io.segsync.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One GET operation: its path template ({@code /tracking-plans/{trackingPlanId}/rules}), the most stable
 * version it has, whether only Business-plan workspaces may read it, and the handler that fills the
 * {@code data} object.
 */
public record Route(String operationId, String template, ApiVersion version, boolean businessOnly, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        ObjectNode handle(Request request);
    }

    /** Matches a concrete path against the template; returns the path parameters when it matches. */
    public Optional<Map<String, String>> match(String path) {
        String[] want = split(template);
        String[] got = split(path);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 1), QueryString.decodePath(got[i]));
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** Literal segments beat parameters, so {@code /audiences/previews/{id}} wins over {@code /audiences/{id}/...}. */
    int specificity() {
        int literal = 0;
        for (String s : split(template)) {
            if (!s.startsWith("{")) {
                literal++;
            }
        }
        return literal;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
