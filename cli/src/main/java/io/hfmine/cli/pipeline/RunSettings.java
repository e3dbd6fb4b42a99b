package io.hfmine.cli.pipeline;

import io.hfmine.cli.support.Session;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.datasets.config.ValidatedSettings;
import io.hfmine.datasets.export.ExportFormat;
import java.util.List;

/** The {@code run} section: what the study's first stage lists and where the dataset goes. */
public record RunSettings(Models models, Export export) implements ValidatedSettings {

  @Override
  public void validate() {
    if (models == null || export == null) {
      throw new IllegalArgumentException("run needs its models and export sections");
    }
    try {
      models.query();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("run.models." + e.getMessage(), e);
    }
    if (export.dir() == null || export.dir().isBlank()) {
      throw new IllegalArgumentException("run.export.dir must name a folder inside the work directory");
    }
    if (export.format() == null) {
      throw new IllegalArgumentException("run.export.format must be parquet, csv or jsonl");
    }
  }

  /** The model listing of the {@code models} stage. */
  public record Models(String search, String author, List<String> filters, String pipelineTag, String sort,
      Integer max) {
    public ModelQuery query() {
      return new ModelQuery(search, author, filters == null ? List.of() : filters, pipelineTag, sort, max);
    }
  }

  /** The export written by the {@code export} stage. */
  public record Export(String dir, ExportFormat format) {
  }

  public static RunSettings of(Session session) {
    return session.config().section("run", RunSettings.class);
  }
}
