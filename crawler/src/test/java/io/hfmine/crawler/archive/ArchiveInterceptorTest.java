package io.hfmine.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveInterceptorTest {
  private static final HttpSettings SETTINGS = new HttpSettings("hfmine-test", 5, 5, 0);
  private static final String TOKEN = "hf_RecordedNeverTokenValue1234567";

  @TempDir
  Path dir;
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void replayAnswersWhatRecordStoredWithoutNetwork() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"id\":\"org/a\"}")
        .addHeader("Content-Type", "application/json").addHeader("ETag", "\"v1\""));
    Path archive = dir.resolve("archive");
    String url = server.url("/api/models?search=bert").toString();

    try (Response recorded = call(recordingClient(archive), url)) {
      assertThat(recorded.body().string()).isEqualTo("{\"id\":\"org/a\"}");
    }
    recording.close();
    server.shutdown();
    assertThat(archive).isRegularFile();
    assertThat(dir.resolve("archive" + Archive.PARTS_SUFFIX)).doesNotExist();

    try (Response replayed = call(stack(Archive.replay(archive)).base(), url)) {
      assertThat(replayed.code()).isEqualTo(200);
      assertThat(replayed.header("ETag")).isEqualTo("\"v1\"");
      assertThat(replayed.body().string()).isEqualTo("{\"id\":\"org/a\"}");
    }
  }

  @Test
  void replayMissNamesTheMissingUrl() throws Exception {
    Path archive = dir.resolve("archive");
    Archive.record(archive, "hfmine test", Map.of()).close();
    OkHttpClient client = stack(Archive.replay(archive)).base();
    assertThatThrownBy(() -> call(client, "https://huggingface.co/api/models?limit=3"))
        .isInstanceOf(ArchiveMissException.class)
        .hasMessageContaining("GET https://huggingface.co/api/models?limit=3");
  }

  @Test
  void recordingNeverStoresCredentialsOrTokens() throws Exception {
    server.enqueue(new MockResponse().setBody("ok").addHeader("Set-Cookie", "session=abc"));
    Path archive = dir.resolve("archive");
    Interceptor auth = chain -> chain.proceed(chain.request().newBuilder()
        .header("Authorization", "Bearer " + TOKEN).build());
    recording = Archive.record(archive, "hfmine test", Map.of());
    OkHttpClient client = stack(recording).forApi(List.of(auth));
    call(client, server.url("/x?access_token=" + TOKEN).toString()).close();
    recording.close();

    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(entries(archive)).hasSize(2).allSatisfy((name, text) ->
        assertThat(text).doesNotContain(TOKEN).doesNotContain("Authorization").doesNotContain("session=abc"));
  }

  @Test
  void aConfiguredSecretEchoedInABodyIsScrubbedFromTheArchiveButNotFromTheAnswer() throws Exception {
    String secret = "configured-secret-5d1e9b7c4a";
    Secrets.register(secret);
    server.enqueue(new MockResponse().setResponseCode(401).addHeader("Content-Type", "application/json")
        .setBody("{\"message\":\"Bad credentials: " + secret + "\"}"));
    byte[] binary = ("\u0000\u0001" + secret + "\u00ff").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    server.enqueue(new MockResponse().setBody(new okio.Buffer().write(binary)));
    Path archive = dir.resolve("archive");
    OkHttpClient client = recordingClient(archive);

    try (Response echoed = call(client, server.url("/echo").toString())) {
      assertThat(echoed.body().string()).contains(secret);
    }
    call(client, server.url("/blob").toString()).close();
    recording.close();

    {
      Map<String, String> entries = entries(archive);
      assertThat(entries).hasSize(3);
      for (Map.Entry<String, String> file : entries.entrySet()) {
        String text = file.getValue();
        assertThat(text).as(file.getKey()).doesNotContain(secret);
        int base64 = text.indexOf("\"bodyBase64\"");
        if (base64 >= 0) {
          String value = text.substring(text.indexOf(':', base64) + 1).strip();
          value = value.substring(1, value.indexOf('"', 1));
          assertThat(new String(java.util.Base64.getDecoder().decode(value),
              java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret).contains(Secrets.MASK);
        }
      }
    }
  }

  @Test
  void transportErrorIsRecordedAndReplayedAsAnError() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    Path archive = dir.resolve("archive");
    String url = server.url("/flaky").toString();
    assertThatThrownBy(() -> call(recordingClient(archive), url)).isInstanceOf(IOException.class);
    recording.close();
    assertThatThrownBy(() -> call(stack(Archive.replay(archive)).base(), url))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("(replayed)");
  }

  @Test
  void binaryBodiesRoundTripThroughBase64() throws Exception {
    byte[] bytes = {0, (byte) 0xff, (byte) 0xfe, 1, 2};
    server.enqueue(new MockResponse().setBody(new okio.Buffer().write(bytes)));
    Path archive = dir.resolve("archive");
    String url = server.url("/blob").toString();
    call(recordingClient(archive), url).close();
    recording.close();
    try (Response replayed = call(stack(Archive.replay(archive)).base(), url)) {
      assertThat(replayed.body().bytes()).isEqualTo(bytes);
    }
  }

  @Test
  void replayOfADirectoryThatIsNotAnArchiveIsRefused() {
    assertThatThrownBy(() -> Archive.replay(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an hfmine archive");
  }

  @Test
  void aFileThatIsNotAZipIsRefusedNamingIt() throws Exception {
    Path notZip = Files.writeString(dir.resolve("archive.zip"), "{}");
    assertThatThrownBy(() -> Archive.replay(notZip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(notZip.toString()).hasMessageContaining("not a ZIP file");
  }

  @Test
  void aRecordingKilledBeforePackingIsContinuedAndPackedByTheNextOne() throws Exception {
    server.enqueue(new MockResponse().setBody("first"));
    server.enqueue(new MockResponse().setBody("second"));
    Path archive = dir.resolve("study.zip");
    call(recordingClient(archive), server.url("/one").toString()).close();
    // no close: the process died; its exchange waits in the parts folder and its lock is gone
    recording.releaseWithoutPacking();
    assertThat(archive).doesNotExist();
    assertThatThrownBy(() -> Archive.replay(archive)).hasMessageContaining("unfinished recording");
    call(recordingClient(archive), server.url("/two").toString()).close();
    recording.close();
    try (Archive replay = Archive.replay(archive)) {
      OkHttpClient client = stack(replay).base();
      try (Response one = call(client, server.url("/one").toString());
           Response two = call(client, server.url("/two").toString())) {
        assertThat(one.body().string()).isEqualTo("first");
        assertThat(two.body().string()).isEqualTo("second");
      }
    }
  }

  @Test
  void aFolderOfTheOlderFormIsReplayedAsItIsAndPacksIntoTheSameAnswers() throws Exception {
    server.enqueue(new MockResponse().setBody("[1]"));
    Path folder = Files.createDirectories(dir.resolve("old-archive"));
    Files.writeString(folder.resolve(Archive.MANIFEST), "{\"format\":\"" + Archive.FOLDER_FORMAT + "\"}");
    String url = server.url("/api/models?limit=1").toString();
    call(recordingClient(folder), url).close();
    recording.close();
    assertThat(Archive.replay(folder).folderForm()).isTrue();
    assertThat(Archive.pack(folder, dir.resolve("packed.zip"))).isEqualTo(1);
    try (Archive packed = Archive.replay(dir.resolve("packed.zip"));
         Response replayed = call(stack(packed).base(), url)) {
      assertThat(packed.folderForm()).isFalse();
      assertThat(replayed.body().string()).isEqualTo("[1]");
    }
    assertThat(entries(dir.resolve("packed.zip")).get(Archive.MANIFEST)).contains(Archive.FORMAT);
  }

  @Test
  void entriesAreFiledByHostAndReadablePath() throws Exception {
    server.enqueue(new MockResponse().setBody("[]"));
    Path archive = dir.resolve("archive");
    call(recordingClient(archive), server.url("/api/models?author=google").toString()).close();
    recording.close();
    String host = "entries/" + server.getHostName() + "_" + server.getPort() + "/";
    assertThat(entries(archive).keySet()).filteredOn(name -> name.startsWith(host))
        .singleElement()
        .asString()
        .startsWith(host + "get_api_models_author_google-")
        .endsWith(".json");
  }

  private Archive recording;

  private OkHttpClient recordingClient(Path archive) {
    recording = Archive.record(archive, "hfmine test", Map.of("command", "test"));
    return stack(recording).base();
  }

  /** Every entry of an archive file, by name, as text. */
  private static Map<String, String> entries(Path archive) throws IOException {
    Map<String, String> entries = new java.util.TreeMap<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (java.io.InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      }
    }
    return entries;
  }

  private static HttpStack stack(Archive archive) {
    return new HttpStack(SETTINGS, archive, null);
  }

  private static Response call(OkHttpClient client, String url) throws IOException {
    return client.newCall(new Request.Builder().url(url).build()).execute();
  }

  @Test
  void replayFindsAnAnswerWhateverTheOrderOfQueryParameters() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"total_count\":3}"));
    Path archive = dir.resolve("archive");
    call(recordingClient(archive), server.url("/search/code?per_page=100&q=bert&page=1").toString()).close();
    recording.close();
    try (Response replayed = call(stack(Archive.replay(archive)).base(),
        server.url("/search/code?q=bert&page=1&per_page=100").toString())) {
      assertThat(replayed.body().string()).isEqualTo("{\"total_count\":3}");
    }
  }

  @Test
  void repeatedParametersKeepTheirOrderInTheKey() {
    assertThat(Archive.canonicalQueryOrder("https://h/api/models?sort=x&expand[]=b&expand[]=a&limit=1"))
        .isEqualTo("https://h/api/models?expand[]=b&expand[]=a&limit=1&sort=x");
  }
}
