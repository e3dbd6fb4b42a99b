package io.hfmine.cli.commands.issues;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.issues.IssueListing;
import io.hfmine.analyzers.issues.IssueListing.ListedIssue;
import io.hfmine.analyzers.issues.IssueListing.SourceLabels;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine issues list}: issues with their current labels, as a table or JSON lines. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List issues with their labels (one line per labelling source), or JSON lines with --json.")
public final class IssuesListCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "Only the issues of this repository.")
  String repository;

  @Option(names = "--json", description = "One JSON object per issue, labels grouped by source, with the evidence of each label.")
  boolean json;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (ListedIssue issue : IssueListing.list(session.store(), repository)) {
      if (json) {
        session.out().println(mapper.writeValueAsString(toJson(mapper, issue)));
        continue;
      }
      if (issue.labels().isEmpty()) {
        session.out().printf("%-32s %-14s %-5s %-24s %-11s %s%n", issue.id(), "-", "-", "-", "-", issue.title());
      }
      for (SourceLabels labels : issue.labels()) {
        String themes = labels.themes().isEmpty() ? "-"
            : String.join(",", labels.themes()) + " (" + String.join(",", labels.subThemes()) + ")";
        session.out().printf("%-32s %-14s %-5s %-24s %-11s %s%n", issue.id(), labels.source(),
            "true".equals(labels.ptm()) ? "ptm" : "-", themes, labels.type() == null ? "-" : labels.type(), issue.title());
      }
    }
    return ExitCode.SUCCESS;
  }

  private static ObjectNode toJson(ObjectMapper mapper, ListedIssue issue) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", issue.id().toString());
    node.put("repository", issue.id().repository());
    node.put("number", issue.id().number());
    node.put("title", issue.title());
    node.put("url", issue.url());
    ObjectNode labels = node.putObject("labels");
    for (SourceLabels source : issue.labels()) {
      ObjectNode view = labels.putObject(source.source());
      if (source.ptm() == null) {
        view.putNull("ptm");
      } else {
        view.put("ptm", Boolean.parseBoolean(source.ptm()));
      }
      ArrayNode themes = view.putArray("themes");
      source.themes().forEach(themes::add);
      ArrayNode subThemes = view.putArray("subthemes");
      source.subThemes().forEach(subThemes::add);
      view.put("type", source.type());
      ObjectNode evidence = view.putObject("evidence");
      source.evidence().forEach(evidence::put);
    }
    return node;
  }
}
