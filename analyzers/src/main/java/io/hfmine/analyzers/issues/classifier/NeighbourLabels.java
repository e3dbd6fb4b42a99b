package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;

/**
 * What the most similar labelled issues were labelled: for an issue, the k training issues whose
 * title and opening are closest to its own (the mean of the two cosines of {@link IssueEmbedding}'s
 * vectors), never one of its own repository, give the similarity-weighted share of PTM-related
 * ones; the k closest PTM-related ones give the similarity-weighted share of each primary theme and
 * sub-theme. A training issue's own features leave its repository out too, so the regressions learn
 * what the neighbours are worth for an issue of a project they never saw.
 *
 * <p>Holds the training issues' repositories, embeddings and labels only, no text.
 *
 * @param repositories each training issue's repository ({@code owner/name})
 * @param embeddings each training issue's embedding (title then opening, as {@link IssueEmbedding} gives it)
 * @param ptm each training issue's gold relevance, null where relevance was not annotated
 * @param themes each training issue's gold primary theme, null where none
 * @param subThemes each training issue's gold primary sub-theme, null where none
 */
public record NeighbourLabels(int k, List<String> themeCodes, List<String> subThemeCodes, List<String> repositories,
    List<float[]> embeddings, List<Boolean> ptm, List<String> themes, List<String> subThemes) {
  /** The prefix of the neighbour features' names. */
  public static final String PREFIX = "neighbours:";

  public NeighbourLabels {
    int n = repositories.size();
    if (embeddings.size() != n || ptm.size() != n || themes.size() != n || subThemes.size() != n) {
      throw new IllegalArgumentException("neighbour labels need one repository, embedding and label of each kind per issue");
    }
    if (k < 1) {
      throw new IllegalArgumentException("neighbours: k must be at least 1, got " + k);
    }
    themeCodes = List.copyOf(themeCodes);
    subThemeCodes = List.copyOf(subThemeCodes);
    repositories = List.copyOf(repositories);
    List<float[]> unit = new ArrayList<>(n);
    for (float[] embedding : embeddings) {
      unit.add(halvesNormalised(embedding));
    }
    embeddings = List.copyOf(unit);
    ptm = java.util.Collections.unmodifiableList(new ArrayList<>(ptm));
    themes = java.util.Collections.unmodifiableList(new ArrayList<>(themes));
    subThemes = java.util.Collections.unmodifiableList(new ArrayList<>(subThemes));
  }

  /** The labels of training issues (same order as their embeddings). */
  public static NeighbourLabels of(int k, Taxonomy taxonomy, List<PreparedIssue> issues, List<Annotation> gold) {
    List<String> repositories = new ArrayList<>();
    List<float[]> embeddings = new ArrayList<>();
    List<Boolean> ptm = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    List<String> subThemes = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      Annotation a = gold.get(i);
      if (issues.get(i).embedding() == null) {
        throw new IllegalArgumentException("neighbour labels need embeddings (issues.classifier.embeddings: true)");
      }
      repositories.add(issues.get(i).issue().id().repository());
      embeddings.add(issues.get(i).embedding());
      ptm.add(a.ptmAnnotated() ? a.isPtm() : null);
      boolean related = a.ptmAnnotated() && a.isPtm();
      themes.add(related ? a.primaryTheme() : null);
      subThemes.add(related ? a.primarySubTheme() : null);
    }
    return new NeighbourLabels(k, taxonomy.themeCodes(), taxonomy.subThemeCodes(), repositories, embeddings, ptm, themes,
        subThemes);
  }

  /**
   * An issue's knowledge features followed by its neighbour features (the layout a model with
   * neighbours reads).
   */
  public static double[] extended(PreparedIssue issue, NeighbourLabels neighbours) {
    double[] own = issue.knowledge();
    double[] near = neighbours.features(issue.issue().id().repository(), issue.embedding());
    double[] both = java.util.Arrays.copyOf(own, own.length + near.length);
    System.arraycopy(near, 0, both, own.length, near.length);
    return both;
  }

  /** Names of the features {@link #features} returns, in that order. */
  public static List<String> names(Taxonomy taxonomy) {
    return names(taxonomy.themeCodes(), taxonomy.subThemeCodes());
  }

  private static List<String> names(List<String> themeCodes, List<String> subThemeCodes) {
    List<String> names = new ArrayList<>();
    names.add(PREFIX + "ptm-share");
    names.add(PREFIX + "similarity");
    themeCodes.forEach(code -> names.add(PREFIX + "theme~" + code));
    subThemeCodes.forEach(code -> names.add(PREFIX + "sub-theme~" + code));
    return names;
  }

  public List<String> names() {
    return names(themeCodes, subThemeCodes);
  }

  /**
   * The features of an issue of {@code repository}: the share of PTM-related issues among its k
   * nearest relevance-annotated neighbours and their mean similarity, then the shares of each theme
   * and sub-theme among its k nearest PTM-related neighbours (all similarity-weighted), every
   * neighbour from another repository. Shares are 0 where no neighbour qualifies.
   */
  public double[] features(String repository, float[] embedding) {
    float[] unit = halvesNormalised(embedding);
    int n = repositories.size();
    double[] similarity = new double[n];
    for (int i = 0; i < n; i++) {
      similarity[i] = repositories.get(i).equals(repository) ? Double.NaN : similarity(unit, embeddings.get(i));
    }
    double[] x = new double[names().size()];
    List<Integer> relevance = nearest(similarity, i -> ptm.get(i) != null);
    double weights = 0;
    double share = 0;
    double mean = 0;
    for (int i : relevance) {
      double w = Math.max(similarity[i], 0);
      weights += w;
      share += ptm.get(i) ? w : 0;
      mean += similarity[i];
    }
    x[0] = weights > 0 ? share / weights : 0;
    x[1] = relevance.isEmpty() ? 0 : mean / relevance.size();
    shares(similarity, themes, themeCodes, x, 2);
    shares(similarity, subThemes, subThemeCodes, x, 2 + themeCodes.size());
    return x;
  }

  private void shares(double[] similarity, List<String> labels, List<String> codes, double[] x, int offset) {
    double weights = 0;
    for (int i : nearest(similarity, i -> labels.get(i) != null)) {
      int at = codes.indexOf(labels.get(i));
      double w = Math.max(similarity[i], 0);
      if (at >= 0) {
        x[offset + at] += w;
        weights += w;
      }
    }
    for (int c = 0; weights > 0 && c < codes.size(); c++) {
      x[offset + c] /= weights;
    }
  }

  // The k most similar qualifying issues (NaN similarity: own repository, never a neighbour).
  private List<Integer> nearest(double[] similarity, java.util.function.IntPredicate qualifies) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < similarity.length; i++) {
      if (!Double.isNaN(similarity[i]) && qualifies.test(i)) {
        candidates.add(i);
      }
    }
    candidates.sort((a, b) -> Double.compare(similarity[b], similarity[a]));
    return candidates.subList(0, Math.min(k, candidates.size()));
  }

  // Title and opening each of unit length, so the dot product of two is the sum of their two cosines.
  private static float[] halvesNormalised(float[] embedding) {
    float[] unit = embedding.clone();
    int half = unit.length / 2;
    for (int from : new int[] {0, half}) {
      double norm = 0;
      for (int i = from; i < from + half; i++) {
        norm += unit[i] * unit[i];
      }
      norm = Math.sqrt(norm);
      for (int i = from; norm > 0 && i < from + half; i++) {
        unit[i] /= (float) norm;
      }
    }
    return unit;
  }

  private static double similarity(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot / 2;
  }
}
