package io.hfmine.cli.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.evaluate.BaselineQueries;
import io.hfmine.analyzers.pick.evaluate.Paraphrases;
import io.hfmine.analyzers.pick.evaluate.RequestSynthesizer;
import io.hfmine.analyzers.pick.evaluate.RuleInfill;
import io.hfmine.analyzers.pick.evaluate.SynthesizedRequest;
import io.hfmine.analyzers.pick.extract.MetadataExtractor;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.analyzers.pick.license.LicenseTable;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.hf.ModelJson;
import io.hfmine.datasets.hf.ModelRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * The Hub-search queries that {@code hfmine pick evaluate} sends on the sample with its defaults
 * (the synthesised requests of seed {@code pick.evaluation.seed} and the hand-written requests of
 * {@code sample/pick/requests/}), worked out with the same code the command runs, and their
 * answers by {@link FakeHubSearch}.
 */
final class SamplePickQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SamplePickQueries() {
  }

  /** Answers by request URL, in the order first asked. */
  static Map<HttpUrl, String> answers(List<JsonNode> listed, Map<String, String> cards, Path requestsDir,
      HfHubClient client) throws IOException {
    Config config = Config.defaults();
    PickSettings settings = config.section("pick", PickSettings.class).validated();
    HfSettings.Cards limits = config.section("hf", HfSettings.class).cards();
    Template template = Template.load(settings.template());
    LicenseTable licenses = LicenseTable.load(settings.licenses());
    RequestReader reader = new RequestReader(template, licenses, settings.constraints());
    MetadataExtractor extractor = new MetadataExtractor(template, settings.extraction().rules());
    CardFrontMatter parser = new CardFrontMatter(limits.headerMaxBytes(), limits.headerMaxDepth());

    Map<String, ModelMetadata> catalog = new LinkedHashMap<>();
    for (JsonNode node : listed) {
      ModelRecord model = ModelJson.read(node);
      String card = cards.get(model.id());
      catalog.put(model.id(), extractor.extract(ModelSource.of(model, card, card == null ? "missing" : "ok", parser)));
    }
    PickSettings.Evaluation evaluation = settings.evaluation();
    List<String> eligible = catalog.values().stream()
        .filter(model -> RequestSynthesizer.eligible(model, evaluation.minFunctionWords(),
            evaluation.minSourceDownloads()))
        .map(ModelMetadata::modelId).toList();
    Paraphrases paraphrases = Paraphrases.load(evaluation.paraphrases());
    RequestSynthesizer synthesizer = new RequestSynthesizer(reader, licenses, settings,
        new RuleInfill(paraphrases, evaluation.maskShare()));
    List<PickRequest> requests = new ArrayList<>();
    List<ModelMetadata> sources = RequestSynthesizer.sample(eligible, evaluation.requests(), evaluation.seed()).stream()
        .map(catalog::get).toList();
    synthesizer.synthesize(sources, evaluation.seed()).stream().map(SynthesizedRequest::request).forEach(requests::add);
    try (Stream<Path> files = Files.list(requestsDir)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
        requests.add(reader.read(file));
      }
    }

    BaselineQueries planner = new BaselineQueries(catalog.keySet(), evaluation.baseline().keywords());
    int limit = Math.min(evaluation.top(), evaluation.baseline().limit());
    Map<HttpUrl, String> answers = new LinkedHashMap<>();
    Set<String> asked = new LinkedHashSet<>();
    for (PickRequest request : requests) {
      for (BaselineQueries.HubQuery query : planner.plan(request)) {
        HttpUrl url = client.firstPage(new ModelQuery(query.search(), null, query.filters(), null, "downloads", limit), limit);
        if (asked.add(url.toString())) {
          answers.put(url, JSON.writeValueAsString(FakeHubSearch.answer(listed, query.search(), query.filters(), limit)));
        }
      }
    }
    return answers;
  }
}
