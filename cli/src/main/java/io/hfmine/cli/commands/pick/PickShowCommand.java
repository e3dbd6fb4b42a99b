package io.hfmine.cli.commands.pick;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine pick show MODEL}: a model's extracted attributes and where each value came from. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a model's template attributes with the source of every value (extracting first if needed).")
public final class PickShowCommand extends BaseCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(index = "0", paramLabel = "MODEL", description = "Model id, e.g. google-bert/bert-base-uncased.")
  String modelId;

  @Option(names = "--json", description = "Print the attributes as JSON.")
  boolean json;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    try (ModelSearch search = PickSupport.search(session)) {
      PickSupport.ensureIndex(session, search, false);
      ModelMetadata metadata = search.attributes(modelId).orElseThrow(() ->
          new UsageException("model " + modelId + " is not in the store (hfmine models sync, models import)"));
      if (json) {
        session.out().println(JSON.writeValueAsString(metadata));
        return ExitCode.SUCCESS;
      }
      session.out().println(metadata.modelId());
      for (String attribute : search.template().names()) {
        List<AttributeValue> values = metadata.values(attribute);
        if (values.isEmpty()) {
          session.out().printf("  %-20s -%n", attribute);
          continue;
        }
        for (int i = 0; i < values.size(); i++) {
          AttributeValue value = values.get(i);
          String text = value.value().replaceAll("\\s+", " ");
          session.out().printf("  %-20s %s   [%s%s]%n", i == 0 ? attribute : "",
              text.length() > 200 ? text.substring(0, 197) + "..." : text, value.source(),
              value.evidence() == null ? "" : ": " + oneLine(value.evidence()));
        }
      }
      return ExitCode.SUCCESS;
    }
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
  }
}
