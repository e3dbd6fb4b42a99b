package io.hfmine.cli.faults;

import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.crawler.github.fake.FakeGithub.Comment;
import io.hfmine.crawler.github.fake.FakeGithub.Issue;
import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.WallClock;
import io.hfmine.crawler.hf.FakeHfHub;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small study world on the project's fake Hub and fake GitHub: 10 models (8 with cards, two of
 * them near-identical), 8 Python files in 3 downstream repositories that load 7 of the models
 * (and one file that only mentions one), and 3 repositories with issues, pull requests and
 * comment threads. Every value is fixed, so two worlds built alike serve the same answers.
 *
 * <p>One repository has a bulk edit (six issues updated in the same second, more than a page);
 * one issue is edited while its repository's issues are listed ({@link #editMidCrawl}), or
 * before anything is listed in the world a fault-free reference run sees.
 */
final class StudyWorld {
  static final Instant T = Instant.parse("2024-02-01T09:00:00Z");
  /** When the issue edited mid-crawl was edited: later than every other update of the world. */
  static final Instant EDITED = Instant.parse("2024-09-01T00:00:00Z");
  static final String[] REPOSITORIES = {"lab-a/vision-app", "lab-b/chat-bot", "lab-c/nlp-tools"};

  final FakeHfHub hub = new FakeHfHub(10);
  final FakeGithub github = new FakeGithub(WallClock.system());
  private final String editedRepository;
  private final int editedIssue;

  /**
   * @param editedRepository the repository whose issue is edited
   * @param editedIssue its number (among the first page's issues)
   * @param midCrawl edit it after the first page of its listing was served; else at once
   */
  StudyWorld(String editedRepository, int editedIssue, boolean midCrawl) {
    this.editedRepository = editedRepository;
    this.editedIssue = editedIssue;
    hub.remaining(1_000_000);
    for (Bucket bucket : Bucket.values()) {
      github.limit(bucket, 1_000_000, 3600);
    }
    cards();
    code();
    repositories();
    if (midCrawl) {
      editMidCrawl();
    } else {
      github.repo(editedRepository).touch(editedIssue, EDITED);
    }
  }

  private void editMidCrawl() {
    AtomicInteger listings = new AtomicInteger();
    AtomicBoolean edited = new AtomicBoolean();
    String path = "/repos/" + editedRepository + "/issues";
    github.beforeAnswer(url -> {
      if (url.encodedPath().equals(path) && listings.incrementAndGet() == 2 && !edited.getAndSet(true)) {
        github.repo(editedRepository).touch(editedIssue, EDITED);
      }
    });
  }

  private static String model(int i) {
    return FakeHfHub.modelId(i);
  }

  private void cards() {
    String[] tasks = {"image classification", "sentiment analysis", "named entity recognition",
        "sentence embeddings", "text generation", "question answering", "summarisation", "translation"};
    for (int i = 0; i < 8; i++) {
      String trainer = i == 4 || i == 5
          // Two cards made from the same Trainer template: a near-duplicate pair for dedup.
          ? "This model is a fine-tuned version of a base model on an unknown dataset. It achieves the "
              + "following results on the evaluation set: loss 0.31, accuracy 0.91. More information needed."
          : "A model for " + tasks[i] + ", trained by lab " + (char) ('a' + i) + " on its own corpus of "
              + (1000 * (i + 1)) + " documents, evaluated on a held-out split.";
      hub.readme(model(i), """
          ---
          license: apache-2.0
          tags: [%s]
          ---
          # %s

          %s
          """.formatted(tasks[i].replace(' ', '-'), model(i), trainer));
    }
  }

  private void code() {
    file("lab-a/vision-app", "app.py", """
        from transformers import AutoModel, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained("%s")
        model = AutoModel.from_pretrained("%s")
        print(model(**tokenizer("hello", return_tensors="pt")))
        """.formatted(model(0), model(0)), 0);
    file("lab-a/vision-app", "train.py", """
        from transformers import pipeline

        classifier = pipeline("text-classification", model="%s")
        print(classifier("great"))
        """.formatted(model(1)), 1);
    file("lab-a/vision-app", "notes.py", """
        # We tried %s once, but it was too slow.
        SPEED = 1
        """.formatted(model(2)), 2);
    file("lab-b/chat-bot", "bot.py", """
        from sentence_transformers import SentenceTransformer
        from transformers import AutoModelForCausalLM

        embedder = SentenceTransformer("%s")
        generator = AutoModelForCausalLM.from_pretrained("%s")
        """.formatted(model(3), model(0)), 3, 0);
    file("lab-b/chat-bot", "serve.py", """
        from transformers import pipeline

        chat = pipeline("text-generation", model="%s")
        """.formatted(model(4)), 4);
    file("lab-c/nlp-tools", "tools/embed.py", """
        from transformers import AutoModel

        def load():
            return AutoModel.from_pretrained("%s")
        """.formatted(model(5)), 5);
    file("lab-c/nlp-tools", "tools/classify.py", """
        from transformers import pipeline

        first = pipeline("ner", model="%s")
        second = pipeline("summarization", model="%s")
        """.formatted(model(1), model(6)), 1, 6);
    file("lab-c/nlp-tools", "tools/qa.py", """
        from transformers import pipeline

        qa = pipeline("question-answering", model="%s")
        """.formatted(model(7)), 7);
  }

  private void file(String repository, String path, String text, int... models) {
    List<String> mentions = new ArrayList<>();
    for (int i : models) {
      mentions.add(model(i));
    }
    github.file(repository, path, text, mentions);
  }

  private void repositories() {
    for (int r = 0; r < REPOSITORIES.length; r++) {
      FakeGithub.Repo repo = github.repo(REPOSITORIES[r]).commits(150 + r).set("forks_count", 12 + r)
          .set("stargazers_count", 40 + r).set("subscribers_count", 4).set("size", 900 + r)
          .set("description", "A small project that uses pretrained models for " + new String[] {
              "image search", "a chat bot", "text tools"}[r]);
      for (int n = 1; n <= 13; n++) {
        repo.issue(issue(r, n));
      }
    }
  }

  private Issue issue(int r, int n) {
    boolean ptm = n % 3 != 0;
    boolean closed = n % 4 != 1;
    boolean pull = n == 7;
    Instant created = T.plusSeconds(86_400L * (n + 10L * r));
    // lab-c's issues 3 to 8 were all edited in one second (a bulk relabel): more than a page.
    Instant updated = r == 2 && n >= 3 && n <= 8
        ? T.plusSeconds(86_400L * 60)
        : created.plusSeconds(3_600L * (n * 7 % 11 + 1));
    Instant closedAt = closed ? created.plusSeconds(86_400L * (1 + n * (ptm ? 5 : 2) % 17)) : null;
    if (closedAt != null && closedAt.isAfter(updated)) {
      updated = closedAt;
    }
    String title = ptm
        ? new String[] {"CUDA out of memory when loading %s", "from_pretrained fails for %s checkpoint",
            "Tokenizer of %s gives wrong shapes"}[n % 3].formatted(model((n + r) % 8))
        : new String[] {"Typo in the README", "CI fails on Windows", "Add a dark theme"}[n % 3];
    String body = ptm
        ? "Loading the pretrained model " + model((n + r) % 8) + " with transformers raises an error on GPU."
        : "The documentation page has a broken link and the install section is outdated.";
    List<Comment> comments = new ArrayList<>();
    for (int c = 0; c < (n % 5 == 0 ? 7 : n % 2); c++) {
      comments.add(new Comment(100_000L * (r + 1) + 100L * n + c, "helper" + c, c % 2 == 0 ? "MEMBER" : "NONE",
          "Thanks, comment " + c + " on issue " + n, created.plusSeconds(600L * (c + 1))));
    }
    return new Issue(n, title, body, closed ? "closed" : "open", closed ? "completed" : null, "user" + n,
        n % 2 == 0 ? "CONTRIBUTOR" : "NONE", List.of(n % 2 == 0 ? "bug" : "question"), created, updated, closedAt,
        pull, comments);
  }

  /** The study configuration of the suite: fast backoffs, small pages, no pacing on the fake servers. */
  static String studyYaml() {
    return """
        http:
          # A timeout fault costs one read timeout.
          read-timeout-seconds: 1
          connect-timeout-seconds: 2
          cache-megabytes: 16
        hf:
          page-size: 3
          retry: {max-attempts: 5, initial-backoff-millis: 1, max-backoff-millis: 20}
          # A bare 429 waits a whole window; the fake's window is instant.
          rate-limit: {default-window-seconds: 0}
        run:
          models: {max: null}
        github:
          rate-limits:
            core: {limit: 5000, window-seconds: 3600, min-interval-ms: 0, paced: false}
            search: {limit: 30, window-seconds: 60, min-interval-ms: 0, paced: false}
            code-search: {limit: 10, window-seconds: 60, min-interval-ms: 0, paced: false}
          retry: {max-attempts: 6, first-backoff-ms: 1, max-backoff-seconds: 1, secondary-wait-seconds: 0,
                  secondary-max-wait-seconds: 0}
          issues: {per-page: 5}
          fetch: {max-file-bytes: 1048576}
        repos-select:
          thresholds: {stars: 10, forks: 5, commits: 50, issues-total: 5, size-kb: 100}
        patterns:
          min-group-size: 2
        """;
  }
}
