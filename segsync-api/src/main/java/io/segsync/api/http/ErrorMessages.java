package io.segsync.api.http;

import io.segsync.api.ApiUrl;
import io.segsync.api.Region;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.InvalidRequestException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.error.TransientApiException;

/** Turns a non-2xx answer into a typed exception whose message tells the user what to do. */
final class ErrorMessages {
    private ErrorMessages() {}

    static SegmentApiException forStatus(String operationId, int status, ErrorEnvelope error, ApiUrl apiUrl) {
        String segmentSays = error.message().isBlank() ? "" : " (Segment says: " + error.message() + ")";
        switch (status) {
            case 401:
                return new AuthenticationFailedException(operationId, status, error.type(),
                        "The API key was rejected by " + apiUrl + " (401)" + segmentSays
                                + ": it must be a Segment Public API token of this workspace; Config API tokens do not work"
                                + regionHint(apiUrl) + ".", null);
            case 403:
                return new PermissionDeniedException(operationId, status, error.type(),
                        operationId + " is not allowed for this token (403)" + segmentSays
                                + ": the workspace's plan or the token's role does not include it.", null);
            case 404:
                return new ResourceNotFoundException(operationId, status, error.type(),
                        operationId + " found nothing (404)" + segmentSays
                                + ": the resource does not exist or the feature is not enabled in this workspace.", null);
            case 400:
            case 422:
                return new InvalidRequestException(operationId, status, error.type(),
                        operationId + " was refused as invalid (" + status + ")" + segmentSays + ".", null);
            default:
                return new TransientApiException(operationId, status, error.type(),
                        operationId + " failed with HTTP " + status + segmentSays + ".", null);
        }
    }

    private static String regionHint(ApiUrl apiUrl) {
        return apiUrl.region()
                .map(r -> "; if the workspace is in the " + r.other() + " region, use --region "
                        + r.other().name().toLowerCase() + " (" + r.other().apiUrl() + ")")
                .orElse("; for a real workspace use --region us (" + Region.US.apiUrl() + ") or --region eu ("
                        + Region.EU.apiUrl() + ")");
    }
}
