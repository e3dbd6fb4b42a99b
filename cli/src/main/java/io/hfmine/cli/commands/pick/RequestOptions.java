package io.hfmine.cli.commands.pick;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A request written as flags: free text plus the constraints, the same template attributes a
 * request file has. Flags given with a request file replace the file's values.
 */
final class RequestOptions {
  @Option(names = "--text", paramLabel = "TEXT", description = "What the model should do, in your words (the request's function).")
  String text;

  @Option(names = "--task", paramLabel = "TASK", description = "Hub task, e.g. text-classification (repeatable).")
  List<String> tasks = new ArrayList<>();

  @Option(names = "--dataset", paramLabel = "NAME", description = "A dataset the model should know or be evaluated on (repeatable).")
  List<String> datasets = new ArrayList<>();

  @Option(names = "--license", paramLabel = "USE",
      description = "How the model will be used: commercial-closed-source, commercial, open-source, research, "
          + "permissive-compatible, gpl-3.0-compatible, any (config/pick/licenses.yaml).")
  String licenseUse;

  @Option(names = "--compatible-with", paramLabel = "LICENCE", description = "The licence of your project, e.g. mit or gpl-3.0.")
  String compatibleWith;

  @Option(names = "--license-one-of", paramLabel = "LICENCE", split = ",", description = "Accept only these licences.")
  List<String> licenseOneOf = new ArrayList<>();

  @Option(names = "--max-parameters", paramLabel = "N", description = "At most this many parameters, e.g. 1B or 350M.")
  String maxParameters;

  @Option(names = "--max-weights-size", paramLabel = "SIZE", description = "At most this much weights, e.g. 2GB.")
  String maxWeightsSize;

  @Option(names = "--language", paramLabel = "LANG", description = "A language the model must handle (repeatable), e.g. en or French.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--framework", paramLabel = "NAME", description = "Accepted framework or weight format (repeatable), e.g. pytorch, onnx.")
  List<String> frameworks = new ArrayList<>();

  @Option(names = "--library", paramLabel = "NAME", description = "Accepted library (repeatable), e.g. transformers.")
  List<String> libraries = new ArrayList<>();

  @Option(names = "--input", paramLabel = "FORMAT", description = "What the model must read (repeatable): text, image, audio ...")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "FORMAT", description = "What the model must produce (repeatable): text, label, embedding ...")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--access", paramLabel = "LEVEL", description = "public, no-manual-approval or any.")
  String access;

  @Option(names = "--min-downloads", paramLabel = "N", description = "At least N downloads in the last 30 days.")
  String minDownloads;

  @Option(names = "--hardware", paramLabel = "PROFILE", description = "A hardware profile of pick.constraints.hardware-profiles, e.g. cpu.")
  String hardware;

  @Option(names = "--documents-risks", description = "The card must document biases and risks.")
  boolean documentsRisks;

  boolean any() {
    return text != null || !tasks.isEmpty() || !datasets.isEmpty() || licenseUse != null || compatibleWith != null
        || !licenseOneOf.isEmpty() || maxParameters != null || maxWeightsSize != null || !languages.isEmpty()
        || !frameworks.isEmpty() || !libraries.isEmpty() || !inputs.isEmpty() || !outputs.isEmpty() || access != null
        || minDownloads != null || hardware != null || documentsRisks;
  }

  /** Sets the attributes the flags give on a request's JSON. */
  ObjectNode applyTo(ObjectNode request) {
    put(request, "function", text);
    list(request, "task", tasks);
    list(request, "datasets", datasets);
    if (licenseUse != null) {
      request.put("license", licenseUse);
    } else if (compatibleWith != null) {
      request.putObject("license").put("compatible-with", compatibleWith);
    } else if (!licenseOneOf.isEmpty()) {
      ArrayNode list = request.putObject("license").putArray("one-of");
      licenseOneOf.forEach(list::add);
    }
    if (maxParameters != null) {
      request.putObject("parameters").put("max", maxParameters);
    }
    if (maxWeightsSize != null) {
      request.putObject("weights-size").put("max", maxWeightsSize);
    }
    list(request, "languages", languages);
    list(request, "frameworks", frameworks);
    list(request, "library", libraries);
    list(request, "input-format", inputs);
    list(request, "output-format", outputs);
    put(request, "access", access);
    if (minDownloads != null) {
      request.putObject("downloads").put("min", minDownloads);
    }
    put(request, "hardware", hardware);
    if (documentsRisks) {
      request.put("bias-risks", "documented");
    }
    return request;
  }

  /** How many licence flags were given (at most one is allowed). */
  int licenseFlags() {
    return (licenseUse == null ? 0 : 1) + (compatibleWith == null ? 0 : 1) + (licenseOneOf.isEmpty() ? 0 : 1);
  }

  private static void put(ObjectNode request, String field, String value) {
    if (value != null) {
      request.put(field, value);
    }
  }

  private static void list(ObjectNode request, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode list = request.putArray(field);
      values.forEach(list::add);
    }
  }
}
