package io.hfmine.datasets.export;

import java.util.List;

/**
 * The dataset card ({@code README.md}): a Hugging Face dataset-card YAML header naming each file
 * as a config, then a description of every file and field.
 */
final class DatasetCard {
  private final SchemaDocs docs;
  private final FieldGlossary glossary;

  DatasetCard(SchemaDocs docs, FieldGlossary glossary) {
    this.docs = docs;
    this.glossary = glossary;
  }

  String render(ExportSpec spec, List<ExportedFile> files) {
    StringBuilder card = new StringBuilder();
    card.append("---\n");
    card.append("license: ").append(spec.license()).append('\n');
    card.append("pretty_name: ").append(yamlString(spec.prettyName())).append('\n');
    card.append("size_categories:\n- ").append(sizeCategory(files)).append('\n');
    card.append("tags:\n- software-engineering\n- mining-software-repositories\n- hugging-face\n");
    card.append("configs:\n");
    for (ExportedFile file : files) {
      card.append("- config_name: ").append(file.table().name()).append('\n');
      card.append("  data_files: ").append(file.fileName()).append('\n');
    }
    card.append("---\n\n");
    card.append("# ").append(spec.prettyName()).append("\n\n");
    card.append("Made by ").append(spec.toolVersion()).append(". Provenance (configuration, its hash, crawl ")
        .append("dates, request counts, archive checksum) is in `manifest.json`. Every file opens in pandas ")
        .append("(`pd.read_").append(readerSuffix(spec.format())).append("`), R and DuckDB.");
    if (!spec.withContent()) {
      card.append(" File and card texts are not included (export with `--with-content` to include them).");
    }
    card.append("\n\n## Files\n\n| file | rows | what it holds |\n| --- | ---: | --- |\n");
    for (ExportedFile file : files) {
      card.append("| `").append(file.fileName()).append("` | ").append(file.rows()).append(" | ")
          .append(file.table().description()).append(" |\n");
    }
    for (ExportedFile file : files) {
      card.append("\n## `").append(file.fileName()).append("`\n\n");
      docs.table(file.table().table()).ifPresent(text -> card.append(text).append("\n\n"));
      card.append("| field | type | description |\n| --- | --- | --- |\n");
      for (ExportedFile.Column column : file.columns()) {
        card.append("| `").append(column.name()).append("` | ").append(column.type()).append(" | ")
            .append(describe(file.table().table(), column.name()).replace("|", "\\|")).append(" |\n");
      }
    }
    return card.toString();
  }

  /** The description of a column: its migration comment, else the glossary, else empty. */
  String describe(String table, String column) {
    return docs.column(table, column)
        .or(() -> glossary.describe(table + "." + column))
        .or(() -> glossary.describe(column))
        .orElse("");
  }

  static String sizeCategory(List<ExportedFile> files) {
    long rows = files.stream().mapToLong(ExportedFile::rows).max().orElse(0);
    if (rows < 1_000) {
      return "n<1K";
    } else if (rows < 10_000) {
      return "1K<n<10K";
    } else if (rows < 100_000) {
      return "10K<n<100K";
    } else if (rows < 1_000_000) {
      return "100K<n<1M";
    } else if (rows < 10_000_000) {
      return "1M<n<10M";
    }
    return "10M<n<100M";
  }

  private static String readerSuffix(ExportFormat format) {
    return switch (format) {
      case PARQUET -> "parquet";
      case CSV -> "csv";
      case JSONL -> "json(..., lines=True)";
    };
  }

  private static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
