package io.hfmine.cli.support;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.auth.Tokens;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.llm.ChatClientSettings;
import io.hfmine.crawler.llm.OpenAiChatModel;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreSettings;
import io.hfmine.cli.config.ConfigSections;
import io.hfmine.cli.config.LabelMethodCheck;
import io.hfmine.cli.studyfolder.FolderChoice;
import io.hfmine.cli.studyfolder.StudyFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
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
  private final FolderChoice folder;
  private final boolean onlyReads;
  private Store store;
  private HttpStack http;
  private Tokens tokens;

  public Session(GlobalOptions globals, String commandName, PrintWriter out, PrintWriter err) {
    this(globals, commandName, out, err, null);
  }

  /** A session on a store the caller already opened (and locked); the session closes it. */
  public Session(GlobalOptions globals, String commandName, PrintWriter out, PrintWriter err, Store open) {
    this(globals, commandName, out, err, open, false);
  }

  /**
   * A session for a command; {@code onlyReads} commands refuse a work directory or store that does
   * not exist instead of creating an empty one.
   */
  public Session(GlobalOptions globals, String commandName, PrintWriter out, PrintWriter err, Store open,
      boolean onlyReads) {
    this.store = open;
    this.onlyReads = onlyReads;
    this.globals = globals;
    this.commandName = commandName;
    this.out = out;
    this.err = err;
    if (globals.record != null && globals.replay != null) {
      throw new UsageException("--record and --replay cannot be used together");
    }
    this.folder = FolderChoice.of(new FolderChoice.Request(globals.workDir, globals.config, globals.replay,
        globals.record, globals.reconfigure));
    if (!folder.note().isEmpty() && !globals.quiet) {
      err.println("hfmine: " + folder.note());
    }
    if (globals.record != null && folder.replay() != null) {
      throw new UsageException("--record and --replay cannot be used together");
    }
    Config loaded = Config.load(folder.config());
    if (globals.hfEndpoint != null) {
      loaded = loaded.with("hf.endpoint", globals.hfEndpoint);
    }
    if (globals.githubEndpoint != null) {
      loaded = loaded.with("github.endpoint", globals.githubEndpoint);
    }
    // The whole file, every section, before any work: a typo must not surface hours into a run.
    loaded.validate(ConfigSections.ALL);
    LabelMethodCheck.check(loaded);
    this.config = loaded;
    if (onlyReads && !Files.isDirectory(globals.workDir)) {
      throw new UsageException("--work-dir " + globals.workDir + (Files.exists(globals.workDir) ? " is not a directory"
          : " does not exist") + " (" + commandName
          + " works on an existing study folder; run a command that builds one first, e.g. hfmine init or hfmine run)");
    }
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
      Path file = workDir().resolve(config.section("store", StoreSettings.class).file());
      boolean creating = !Files.exists(file);
      if (creating && onlyReads) {
        throw new UsageException("--work-dir " + workDir() + " holds no hfmine store (" + file + " does not exist)");
      }
      if (creating && folder.folder().isEmpty()) {
        // The folder is created now: it keeps the configuration that builds it.
        StudyFolder.keep(workDir(), globals.config, folder.replay(), false);
      }
      store = Store.open(file);
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

  private Archive archive;

  /** The shared HTTP stack, with the archive chosen by --record / --replay. */
  public HttpStack http() {
    if (http == null) {
      tokens();
      HttpSettings settings = config.section("http", HttpSettings.class);
      Path cache = folder.replay() != null ? null : workDir().resolve("http-cache");
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
    return OpenAiChatModel.create(http(), chatSettings(), System.getenv(), replaying() ? Sleeper.NONE : Sleeper.SYSTEM);
  }

  /** The archive answering requests (from --replay or the study folder), or null. */
  public Path replayArchive() {
    return folder.replay();
  }

  /** Whether requests are answered from an archive; paced waits are skipped then. */
  public boolean replaying() {
    return folder.replay() != null;
  }

  /** Progress display: a bar on a terminal, periodic log lines otherwise, nothing with --quiet. */
  public Progress.Factory progress() {
    if (globals.quiet) {
      return Progress.Factory.NONE;
    }
    return ConsoleProgress.factory(System.console() != null);
  }

  private Archive archive() {
    if (folder.replay() != null) {
      archive = Archive.replay(folder.replay());
    } else if (globals.record != null) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("command", commandName);
      parameters.put("configSha256", config.sha256());
      archive = Archive.record(globals.record, "hfmine " + VersionProvider.version(), parameters);
    } else {
      archive = Archive.off();
    }
    if (archive.folderForm()) {
      err.println("note: " + archive.location() + " is an archive folder of the older form (one JSON file per "
          + "request); it is used as it is. `hfmine archive pack " + archive.location() + " "
          + archive.location() + ".zip` makes the one compressed file this version writes.");
    }
    return archive;
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    if (archive != null) {
      try {
        // A recording is packed into its one file here, after the last request.
        archive.close();
      } catch (java.io.IOException e) {
        err.println("error: could not pack the archive " + archive.location() + ": " + e.getMessage()
            + "; its exchanges stay in " + archive.location() + Archive.PARTS_SUFFIX + " and the next --record "
            + "packs them");
      }
    }
    if (store != null) {
      store.close();
    }
    out.flush();
    err.flush();
  }
}
