package io.segsync.api.http;

import io.segsync.api.ApiUrl;
import io.segsync.api.Region;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.InvalidRequestException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.ops.Operation;
import java.util.Locale;

/**
 * Turns a final (not retried) non-2xx answer into a typed exception whose message names the
 * operation and tells the user what to do. Segment's own message is quoted only after {@link Redactor}.
 */
final class ErrorMessages {
    private ErrorMessages() {}

    static SegmentApiException forStatus(Operation op, int status, ErrorEnvelope error, ApiUrl apiUrl, Redactor redactor) {
        String said = redactor.scrub(error.message());
        String segmentSays = said.isBlank() ? "" : " Segment says: \"" + said + "\".";
        String type = redactor.scrub(error.type());
        String id = op.id();
        switch (status) {
            case 401:
                return new AuthenticationFailedException(id, status, type,
                        "The API key was rejected by " + apiUrl + " (401 on " + id + ")." + segmentSays
                                + " It must be a Segment Public API token of this workspace (create one under Settings >"
                                + " Workspace settings > Access Management > Tokens). It may instead be a Config API token"
                                + " (Config API tokens do not work), a token of another workspace, a token whose role"
                                + " cannot read this" + regionHint(apiUrl), null);
            case 403:
                return new PermissionDeniedException(id, status, type,
                        id + " is not allowed for this token (403)." + segmentSays
                                + " The workspace's plan (the Public API needs Team or Business"
                                + (op.gating().isEmpty() ? "" : "; this stream needs the " + op.gating())
                                + ") or the token's role does not allow this stream; the other streams can still be read.", null);
            case 404:
                return new ResourceNotFoundException(id, status, type,
                        id + " found nothing (404)." + segmentSays
                                + (op.gating().isEmpty()
                                        ? " The resource does not exist (any more)."
                                        : " The " + op.gating() + " may not be enabled for this workspace, or the resource does not exist."), null);
            case 400:
            case 422:
                return new InvalidRequestException(id, status, type,
                        id + " was refused as invalid (" + status + ")." + segmentSays
                                + " Check the parameters passed to it (required: "
                                + (op.requiredQuery().isEmpty() ? "none" : String.join(", ", op.requiredQuery())) + ").", null);
            default:
                if (status / 100 == 3) {
                    return new SegmentApiException(id, status, type,
                            id + " was redirected (" + status + ") by " + apiUrl
                                    + "; redirects are not followed, so that the token goes nowhere else. Check the API URL.", null);
                }
                return new InvalidRequestException(id, status, type,
                        id + " was refused with HTTP " + status + "." + segmentSays, null);
        }
    }

    private static String regionHint(ApiUrl apiUrl) {
        return apiUrl.region()
                .map(r -> ", or a token of a workspace in the " + r.other() + " region: then use --region "
                        + r.other().name().toLowerCase(Locale.ROOT) + " (" + r.other().apiUrl() + ").")
                .orElse(". For a real workspace use --region us (" + Region.US.apiUrl() + ") or --region eu ("
                        + Region.EU.apiUrl() + ").");
    }
}
