package io.hfmine.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
public final class GlobalOptions {
  @Option(names = "--work-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Directory holding the store, HTTP cache and outputs (default: ${DEFAULT-VALUE}).")
  public Path workDir = Path.of("hfmine-work");

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Study configuration overriding config/hfmine.yaml key by key.")
  public Path config;

  @Option(names = "--reconfigure", scope = ScopeType.INHERIT,
      description = "Make --config (or the shipped defaults) and --replay the study folder's kept settings "
          + "instead of refusing a --config that differs from them.")
  public boolean reconfigure;

  @Option(names = "--record", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Record every HTTP exchange into this archive, one compressed file, created or extended "
          + "(no credentials are stored). An archive folder of the older form is extended as it is.")
  public Path record;

  @Option(names = "--replay", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Answer every HTTP request from this archive (a file, or a folder of the older form), "
          + "without network.")
  public Path replay;

  @Option(names = "--hf-endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "Hugging Face Hub base URL (config key hf.endpoint).")
  public String hfEndpoint;

  @Option(names = "--github-endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "GitHub REST API base URL, e.g. https://HOST/api/v3 for Enterprise (config key github.endpoint).")
  public String githubEndpoint;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log debug details and print stack traces of failures.")
  public boolean verbose;

  @Option(names = "--quiet", scope = ScopeType.INHERIT,
      description = "Only warnings and errors on stderr; no progress bars.")
  public boolean quiet;
}
