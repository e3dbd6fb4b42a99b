package io.hfmine.bench.github;

import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.crawler.github.fake.FakeGithub.Comment;
import io.hfmine.crawler.github.fake.FakeGithub.Issue;
import io.hfmine.crawler.github.rate.WallClock;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;

/**
 * A small fake GitHub on a local port, to try the GitHub commands without network or token:
 * {@code java -cp ... io.hfmine.bench.github.FakeGithubServer 8089}, then
 * {@code ./hfmine --github-endpoint http://127.0.0.1:8089/ code search --models gpt2}.
 */
public final class FakeGithubServer {
  private FakeGithubServer() {
  }

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
    FakeGithub github = new FakeGithub(WallClock.system());
    github.file("acme/chatbot", "bot/model.py",
        "from transformers import pipeline\ngenerator = pipeline('text-generation', model='gpt2')\n", List.of("gpt2"));
    github.file("acme/chatbot", "README.py", "# gpt2 and bert-base-uncased are supported\n",
        List.of("gpt2", "bert-base-uncased"));
    github.file("lab/classifier", "train.py",
        "from transformers import AutoModel\nmodel = AutoModel.from_pretrained('bert-base-uncased')\n",
        List.of("bert-base-uncased"));
    github.file("lab/classifier", "weights.py", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, List.of("bert-base-uncased"));
    for (int i = 0; i < 240; i++) {
      github.file("mirror" + i + "/gpt2-copies", "gen.py",
          "from transformers import pipeline\n# copy " + i + "\ngen = pipeline('text-generation', model='gpt2')\n",
          List.of("gpt2"));
    }
    Instant t = Instant.parse("2024-02-01T09:00:00Z");
    github.repo("acme/chatbot").commits(1287)
        .issue(new Issue(1, "CUDA out of memory with gpt2", "Loading gpt2 on a 4 GB GPU fails.", "closed", "completed",
            "alice", "NONE", List.of("bug"), t, t.plusSeconds(86_400 * 3), t.plusSeconds(86_400 * 3), false,
            List.of(new Comment(501, "bob", "MEMBER", "Use fp16 or a smaller batch.", t.plusSeconds(3600)))))
        .issue(new Issue(2, "Add a Dockerfile", "", "open", null, "carol", "CONTRIBUTOR", List.of("enhancement"),
            t.plusSeconds(86_400), t.plusSeconds(86_400), null, false, List.of()))
        .issue(new Issue(3, "Bump transformers", "", "closed", null, "dependabot[bot]", "NONE", List.of(),
            t.plusSeconds(7200), t.plusSeconds(7200), t.plusSeconds(7200), true, List.of()));
    github.rename("lab/classifier", "lab/text-classifier");
    github.status("gone/repository", 404);
    MockWebServer server = new MockWebServer();
    server.setDispatcher(github);
    server.start(InetAddress.getByName("127.0.0.1"), port);
    System.out.println("fake GitHub listening on " + server.url("/"));
    Thread.currentThread().join();
  }
}
