package io.hfmine.analyzers.pick;

import io.hfmine.analyzers.pick.extract.MetadataExtractor;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.analyzers.pick.license.LicenseTable;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The shipped template, licence table and settings, and models built from the test cards. */
public final class PickFixtures {
  public static final PickSettings SETTINGS = Config.defaults().section("pick", PickSettings.class).validated();
  public static final Template TEMPLATE = Template.load(SETTINGS.template());
  public static final LicenseTable LICENSES = LicenseTable.load(SETTINGS.licenses());
  public static final MetadataExtractor EXTRACTOR = new MetadataExtractor(TEMPLATE, SETTINGS.extraction().rules());
  private static final CardFrontMatter PARSER = new CardFrontMatter(262_144, 32);

  private PickFixtures() {
  }

  /** A Hub record with the given tags and fields; others are plausible defaults. */
  public static ModelRecord model(String id, String pipelineTag, String library, long downloads, List<String> tags,
      String gated, String safetensors) {
    return new ModelRecord(id, ModelRecord.authorOf(id), downloads, 10L, tags, pipelineTag, library,
        Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z"), gated, false, "abc", null,
        safetensors);
  }

  /** A test card from {@code src/test/resources/pick/cards/}. */
  public static String card(String name) {
    try (InputStream in = PickFixtures.class.getResourceAsStream("/pick/cards/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test card " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ModelMetadata extract(ModelRecord model, String cardText) {
    return EXTRACTOR.extract(ModelSource.of(model, cardText, cardText == null ? "missing" : "ok", PARSER));
  }
}
