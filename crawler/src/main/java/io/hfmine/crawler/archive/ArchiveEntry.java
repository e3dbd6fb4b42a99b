package io.hfmine.crawler.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One recorded exchange, stored as one JSON file: the request line, then either the response
 * (status, headers, body) or the transport error that ended the request.
 *
 * <p>{@code body} holds UTF-8 text; {@code bodyBase64} holds anything else. Request headers are
 * not stored, so credentials can never reach an archive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveEntry(
    String method,
    String url,
    String requestBodySha256,
    Integer status,
    String message,
    List<List<String>> headers,
    String body,
    String bodyBase64,
    String error,
    String recordedAt) {
}
