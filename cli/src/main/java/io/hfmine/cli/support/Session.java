package io.hfmine.cli.support;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.auth.Tokens;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.llm.ChatClientSettings;
import io.hfmine.crawler.llm.OpenAiChatModel;
import io.hfmine.crawler.llm.Pause;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreSettings;
import io.hfmine.cli.config.ConfigSections;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a command works with: configuration, work directory, store, HTTP stack and outputs.
 *
 * <p>Everything is opened on first use and closed when the command ends, so a command that
 * needs no store (e.g. {@code stats compare}) never creates one.
 */
public final class Session implements AutoCloseable {
  /** Configuration section of the chat endpoint shared by every LLM-backed analyzer. */
  public static final String CHAT_SECTION = "llm-client";

  private final GlobalOptions globals;
  private final PrintWriter out;
  private final PrintWriter err;
  private final String commandName;
  private final Config config;
  private Store store;
  private HttpStack http;
  private Tokens tokens;

  public Session(GlobalOptions globals, String commandName, PrintWriter out, PrintWriter err) {
    this(globals, commandName, out, err, null);
  }

  /** A session on a store the caller already opened (and locked); the session closes it. */
  public Session(GlobalOptions globals, String commandName, PrintWriter out, PrintWriter err, Store open) {
    this.store = open;
    this.globals = globals;
    this.commandName = commandName;
    this.out = out;
    this.err = err;
    if (globals.record != null && globals.replay != null) {
      throw new UsageException("--record and --replay cannot be used together");
    }
    Config loaded = Config.load(globals.config);
    if (globals.hfEndpoint != null) {
      loaded = loaded.with("hf.endpoint", globals.hfEndpoint);
    }
    if (globals.githubEndpoint != null) {
      loaded = loaded.with("github.endpoint", globals.githubEndpoint);
    }
    // The whole file, every section, before any work: a typo must not surface hours into a run.
    loaded.validate(ConfigSections.ALL);
    this.config = loaded;
  }

  /** Standard output: data only (tables, JSON lines). */
  public PrintWriter out() {
    return out;
  }

  /** Standard error: messages for the person at the terminal. */
  public PrintWriter err() {
    return err;
  }

  public Config config() {
    return config;
  }

  public GlobalOptions globals() {
    return globals;
  }

  public Path workDir() {
    return globals.workDir;
  }

  /** The store in the work directory, opened (and migrated) on first use. */
  public Store store() {
    if (store == null) {
      store = Store.open(workDir().resolve(config.section("store", StoreSettings.class).file()));
    }
    return store;
  }

  /** Tokens from the environment, registered as secrets before anything can print them. */
  public Tokens tokens() {
    if (tokens == null) {
      tokens = Tokens.fromEnvironment(System.getenv());
    }
    return tokens;
  }

  /** The shared HTTP stack, with the archive chosen by --record / --replay. */
  public HttpStack http() {
    if (http == null) {
      tokens();
      HttpSettings settings = config.section("http", HttpSettings.class);
      Path cache = globals.replay != null ? null : workDir().resolve("http-cache");
      http = new HttpStack(settings, archive(), cache);
    }
    return http;
  }

  /** Settings of the shared OpenAI-compatible chat endpoint (section {@code llm-client}). */
  public ChatClientSettings chatSettings() {
    return config.section(CHAT_SECTION, ChatClientSettings.class);
  }

  /** The chat model of the {@code llm-client} section, over the shared HTTP stack. */
  public ChatModel chatModel() {
    return OpenAiChatModel.create(http(), chatSettings(), System.getenv(), replaying() ? Pause.NONE : Pause.SLEEP);
  }

  /** Whether requests are answered from an archive; paced waits are skipped then. */
  public boolean replaying() {
    return globals.replay != null;
  }

  /** Progress display: a bar on a terminal, periodic log lines otherwise, nothing with --quiet. */
  public Progress.Factory progress() {
    if (globals.quiet) {
      return Progress.Factory.NONE;
    }
    return ConsoleProgress.factory(System.console() != null);
  }

  private Archive archive() {
    if (globals.replay != null) {
      return Archive.replay(globals.replay);
    }
    if (globals.record != null) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("command", commandName);
      parameters.put("configSha256", config.sha256());
      return Archive.record(globals.record, "hfmine " + VersionProvider.version(), parameters);
    }
    return Archive.off();
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    if (store != null) {
      store.close();
    }
    out.flush();
    err.flush();
  }
}
