package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.taxonomy.Theme;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.IssueOpening;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The embeddings of an issue: the sentence embedding of its title and that of the opening of its
 * body (the reporter's own prose, before pasted code, logs and template lines), side by side; and
 * the cosine of each to every theme's and sub-theme's definition in the taxonomy (nearest-prototype
 * evidence, a block of knowledge features of its own: {@code prototype:title~HR.MEM} ...).
 *
 * <p>Why apart: the embedding model reads 256 word pieces, and a body that opens with a template
 * or a log would push the sentence that says what the issue is about out of reach; the title alone
 * often says it. The prototypes are the taxonomy's own words, so they carry to projects and themes
 * the few hundred training issues never showed.
 */
public final class IssueEmbedding {
  private final SentenceEmbedder embedder;
  private final IssueOpening opening;
  private final List<String> prototypeCodes = new ArrayList<>();
  private final float[][] prototypes;

  public IssueEmbedding(SentenceEmbedder embedder, Taxonomy taxonomy, SegmentWeights weights, int openingChars) {
    this.embedder = embedder;
    this.opening = new IssueOpening(weights, openingChars);
    List<String> texts = new ArrayList<>();
    for (Theme theme : taxonomy.themes()) {
      prototypeCodes.add(theme.code());
      texts.add(definition(theme.name(), theme.description()));
    }
    for (SubTheme sub : taxonomy.subThemes()) {
      prototypeCodes.add(sub.code());
      String theme = taxonomy.theme(sub.themeCode()).map(Theme::name).orElse("");
      texts.add(definition(theme + ": " + sub.name(), sub.description()));
    }
    this.prototypes = embedder.embed(texts);
  }

  /** Names of the prototype cosines, in the order {@link Embedded#prototypes()} holds them. */
  public static List<String> prototypeNames(Taxonomy taxonomy) {
    List<String> names = new ArrayList<>();
    for (String part : List.of("title", "opening")) {
      taxonomy.themeCodes().forEach(code -> names.add(PROTOTYPE + part + "~" + code));
      taxonomy.subThemeCodes().forEach(code -> names.add(PROTOTYPE + part + "~" + code));
    }
    return names;
  }

  /** The prefix of the prototype features' names. */
  public static final String PROTOTYPE = "prototype:";

  /** Length of the embedding: the title's vector then the opening's. */
  public int dimensions() {
    return 2 * embedder.dimensions();
  }

  /**
   * One issue's embedding (title then opening) and its prototype cosines.
   */
  public record Embedded(float[] embedding, double[] prototypes) {
  }

  /** The embeddings of each document, in one batch. */
  public List<Embedded> of(List<IssueDocument> documents) {
    List<String> texts = new ArrayList<>(2 * documents.size());
    for (IssueDocument document : documents) {
      texts.add(document.issue().title());
      texts.add(opening.of(document));
    }
    float[][] vectors = embedder.embed(texts);
    int d = embedder.dimensions();
    List<Embedded> embedded = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      float[] title = vectors[2 * i];
      float[] opening = vectors[2 * i + 1];
      float[] both = new float[2 * d];
      System.arraycopy(title, 0, both, 0, d);
      System.arraycopy(opening, 0, both, d, d);
      double[] cosines = new double[2 * prototypes.length];
      int at = 0;
      for (float[] part : List.of(title, opening)) {
        for (float[] prototype : prototypes) {
          cosines[at++] = SentenceEmbedder.cosine(part, prototype);
        }
      }
      embedded.add(new Embedded(both, cosines));
    }
    return embedded;
  }

  /** The reporter's opening words, as {@link IssueOpening} cuts them at the configured length. */
  public String opening(IssueDocument document) {
    return opening.of(document);
  }

  private static String definition(String name, String description) {
    return description == null || description.isBlank() ? name : name + ". " + description;
  }
}
