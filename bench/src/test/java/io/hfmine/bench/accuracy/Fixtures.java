package io.hfmine.bench.accuracy;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.canonical.ModelAliases;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.canonical.OpenClipTags;
import io.hfmine.analyzers.usage.canonical.TimmDefaultTags;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Made-up usages, reference calls and tables, so that no test depends on the shipped ones. */
final class Fixtures {
  /** {@code tiny-model} is the legacy spelling of {@code acme/tiny-model}. */
  static final ModelAliases ALIASES = new ModelAliases(Map.of("tiny-model", "acme/tiny-model"));
  /**
   * open_clip's table: {@code Tiny-ViT-1} with {@code acme_2024} loads one repository, and
   * {@code beta_2023} is a tag of {@code Tiny-ViT-2} only.
   */
  static final OpenClipTags OPEN_CLIP = new OpenClipTags(Map.of(
      "Tiny-ViT-1", Map.of("acme_2024", "acme/clip-tiny-vit-1-acme-2024"),
      "Tiny-ViT-2", Map.of("beta_2023", "acme/clip-tiny-vit-2-beta-2023")));

  private Fixtures() {
  }

  static ModelIdCanonicalizer canonicalizer() {
    return new ModelIdCanonicalizer(ModelCatalog.NONE, ALIASES, new TimmDefaultTags(Map.of()), OPEN_CLIP);
  }

  /** A usage hfmine found: {@code api} as imported ({@code transformers.pipeline}), its library its root. */
  static UsageRecord usage(String api, int line, String literal, String modelId) {
    return usage(api, line, literal, modelId, Resolution.LITERAL, null);
  }

  static UsageRecord usage(String api, int line, String literal, String modelId, Resolution resolution,
      String condition) {
    return new UsageRecord("u" + line, "acme/app", "app.py", null, "python", line, 1, UsageConfirmation.root(api), api,
        "model", literal, modelId, resolution, condition, List.of(), List.of(), List.of(), "");
  }

  /** A call the reference saw: the strings reaching its arguments, and its {@code pretrained} flag. */
  static ReferenceOracle.Call call(int line, String callee, String... values) {
    return new ReferenceOracle.Call(line, callee, List.of(values), "absent");
  }

  static ReferenceOracle.Analysis parsed(ReferenceOracle.Call... calls) {
    return new ReferenceOracle.Analysis(true, false, List.of(calls), List.of());
  }

  /** What a tally prints for one split. */
  static String printed(Tally tally) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tally.print("tuning", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The usages line of a printed tally: how many usages the reference, a reading or nobody judged. */
  static String usagesLine(Tally tally) {
    return printed(tally).lines().filter(l -> l.contains("usages with a Hub id")).findFirst().orElseThrow();
  }
}
