package io.hfmine.devtools.sample;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.archive.ArchiveEntry;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Serves the entries a replay archive holds for one API base (e.g. https://huggingface.co) from a
 * local server, so a recording run can read that API while other hosts are recorded afresh.
 * URLs in headers and bodies are pointed at the local server, as the real API would point at itself.
 */
final class ArchiveDispatcher extends Dispatcher {
  private final Archive archive;
  private final String recordedBase;

  ArchiveDispatcher(Archive archive, String recordedBase) {
    this.archive = archive;
    this.recordedBase = recordedBase;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String here = url.scheme() + "://" + url.host() + ":" + url.port();
    String recordedUrl = recordedBase + url.toString().substring(here.length());
    ArchiveEntry entry = archive.find(request.getMethod(), recordedUrl, null).orElse(null);
    if (entry == null || entry.status() == null) {
      return new MockResponse().setResponseCode(404).setBody("{\"error\":\"not in the sample archive: "
          + recordedUrl + "\"}");
    }
    MockResponse response = new MockResponse().setResponseCode(entry.status());
    List<List<String>> headers = entry.headers() == null ? List.of() : entry.headers();
    for (List<String> header : headers) {
      response.addHeader(header.get(0), header.get(1).replace(recordedBase, here));
    }
    if (entry.body() != null) {
      response.setBody(entry.body().replace(recordedBase, here));
    } else if (entry.bodyBase64() != null) {
      response.setBody(new okio.Buffer().write(Base64.getDecoder().decode(entry.bodyBase64())));
    }
    return response;
  }
}
