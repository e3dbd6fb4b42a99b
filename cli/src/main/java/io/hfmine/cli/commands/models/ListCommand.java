package io.hfmine.cli.commands.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models list}: the models in the store with their key fields. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the models in the store, most downloaded first: a table, or JSON lines with --json.")
public final class ListCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--selected", description = "Only the models of the current selection.")
  boolean selected;

  @Option(names = "--json", description = "One JSON object per line, for scripts.")
  boolean json;

  @Override
  protected ExitCode execute(Session session) {
    PrintWriter out = session.out();
    if (!json) {
      out.printf("%-56s %12s %8s %-28s %-22s %-10s %s%n",
          "id", "downloads", "likes", "pipeline_tag", "library", "created", "card");
    }
    ModelCatalog.forEach(session.store(), selected, entry -> {
      ModelRecord model = entry.model();
      if (json) {
        out.println(toJson(entry));
      } else {
        out.printf("%-56s %,12d %,8d %-28s %-22s %-10s %s%n", model.id(),
            model.downloads() == null ? 0 : model.downloads(), model.likes() == null ? 0 : model.likes(),
            orDash(model.pipelineTag()), orDash(model.libraryName()),
            model.createdAt() == null ? "-" : model.createdAt().toString().substring(0, 10),
            orDash(entry.cardStatus()));
      }
    });
    return ExitCode.SUCCESS;
  }

  private static String toJson(ModelCatalog.CatalogEntry entry) {
    ModelRecord model = entry.model();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", model.id());
    node.put("author", model.author());
    node.put("downloads", model.downloads());
    node.put("likes", model.likes());
    node.putPOJO("tags", model.tags());
    node.put("pipeline_tag", model.pipelineTag());
    node.put("library_name", model.libraryName());
    node.put("created_at", model.createdAt() == null ? null : model.createdAt().toString());
    node.put("last_modified", model.lastModified() == null ? null : model.lastModified().toString());
    node.put("gated", model.gated());
    node.put("sha", model.sha());
    node.put("card", entry.cardStatus());
    node.put("selected", entry.selected());
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
