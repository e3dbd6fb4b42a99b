package io.hfmine.cli.config;

import static io.hfmine.datasets.config.ConfigSchema.section;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.repos.RepoSelectSettings;
import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.cli.commands.export.ExportCommand;
import io.hfmine.cli.pipeline.RunSettings;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.llm.ChatClientSettings;
import io.hfmine.crawler.plan.PlanSettings;
import io.hfmine.datasets.config.ConfigSchema;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.store.StoreSettings;
import io.hfmine.reports.ReportSettings;
import io.hfmine.spark.SparkSettings;
import io.hfmine.web.ServeSettings;
import java.util.List;

/**
 * Every top-level section of the configuration and the record it binds to. Every command checks
 * the whole configuration against this list before it starts (see {@code Session}), so a new
 * section is one line here plus its defaults, documented, in {@code config/hfmine.yaml}.
 */
public final class ConfigSections {
  /** The registry, in the order of config/hfmine.yaml. */
  public static final ConfigSchema ALL = ConfigSchema.of(List.of(
      section("store", StoreSettings.class),
      section("http", HttpSettings.class),
      section("hf", HfSettings.class),
      section("github", GithubSettings.class),
      section("repos-select", RepoSelectSettings.class),
      section("usage", UsageSettings.class),
      section("patterns", PatternSettings.class),
      section("issues", IssueSettings.class),
      section("se-tasks", SeTaskSettings.class),
      section("llm-client", ChatClientSettings.class),
      section("pick", PickSettings.class),
      section("stats", StatsSettings.class),
      section("report", ReportSettings.class),
      section(ServeSettings.SECTION, ServeSettings.class),
      section("export", ExportCommand.ExportSettings.class),
      section("run", RunSettings.class),
      section("spark", SparkSettings.class),
      section("plan", PlanSettings.class)));

  private ConfigSections() {
  }
}
