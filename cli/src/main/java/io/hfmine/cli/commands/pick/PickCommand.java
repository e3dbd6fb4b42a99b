package io.hfmine.cli.commands.pick;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.rank.PickResult;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestException;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine pick REQUEST.yaml}: the models of the catalog that fit a need, ranked. */
@Command(name = "pick", mixinStandardHelpOptions = true,
    description = {"Choose a model by need: rank the catalog's models for a request written in the template "
        + "(config/pick/template.yaml), after removing those that break its hard constraints (licence, size, "
        + "language, frameworks, access, downloads, documented risks, hardware, input and output formats).",
        "The request is a YAML/JSON file, or free text with --text plus flags. The search index is built in the "
        + "work directory on first use and rebuilt when the catalog changes."},
    subcommands = {
        PickIndexCommand.class,
        PickExtractCommand.class,
        PickShowCommand.class,
        PickEvaluateCommand.class,
        PickValidateLlmCommand.class,
    })
public final class PickCommand extends BaseCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(index = "0", arity = "0..1", paramLabel = "REQUEST", description = "Request file (YAML or JSON).")
  Path requestFile;

  @Mixin
  RequestOptions options = new RequestOptions();

  @Option(names = "--top", paramLabel = "N", description = "How many models to print (default: pick.top).")
  Integer top;

  @Option(names = "--json", description = "Print the answer as one JSON object.")
  boolean json;

  @Option(names = "--explain", description = "Also list the models the constraints removed from above the last answer, and why.")
  boolean explain;

  @Override
  protected void validate() {
    if (requestFile == null && !options.any()) {
      throw new UsageException("give a request file or describe the need with --text (and flags); see 'hfmine pick --help'");
    }
    if (requestFile != null && !Files.isRegularFile(requestFile)) {
      throw new UsageException("request file " + requestFile + " does not exist");
    }
    if (top != null && top < 1) {
      throw new UsageException("--top must be at least 1; got " + top);
    }
    if (options.licenseFlags() > 1) {
      throw new UsageException("give at most one of --license, --compatible-with and --license-one-of");
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    try (ModelSearch search = PickSupport.search(session)) {
      PickRequest request = request(search.requests());
      PickSupport.ensureIndex(session, search, false);
      PickResult result = search.pick(request, top != null ? top : search.settings().top(), explain);
      if (json) {
        session.out().println(JSON.writeValueAsString(result));
      } else {
        PickOutput.print(result, session.out());
      }
      if (result.answers().isEmpty()) {
        session.err().println("pick: no model of the catalog fits the request (" + result.kept() + " of "
            + result.catalog() + " pass the constraints and none matches)");
      }
      return ExitCode.SUCCESS;
    }
  }

  private PickRequest request(RequestReader reader) {
    try {
      RequestReader.RequestFile file = requestFile == null
          ? new RequestReader.RequestFile(JsonNodeFactory.instance.objectNode(), Map.of())
          : RequestReader.load(requestFile);
      ObjectNode node = file.node().deepCopy();
      options.applyTo(node);
      String origin = requestFile == null ? "the command line" : requestFile.toString();
      Map<String, String> places = new LinkedHashMap<>(file.places(origin));
      node.fieldNames().forEachRemaining(field -> {
        if (!node.path(field).equals(file.node().path(field))) {
          places.put(field, "the command line"); // a flag set or replaced it
        }
      });
      String id = requestFile == null ? "command-line" : RequestReader.idOf(requestFile);
      return reader.parse(node, origin, id, places);
    } catch (RequestException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
