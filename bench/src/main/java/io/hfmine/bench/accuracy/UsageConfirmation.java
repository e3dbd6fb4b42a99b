package io.hfmine.bench.accuracy;

import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a usage hfmine gave a Hub id is right: a reading in {@code judgements.csv} first, else
 * the reference's word (a string equal to the usage's literal reaches a call of the same library
 * on the same line; for an open_clip architecture, a tag that names the usage's repository with it
 * too), else not judged, which counts as wrong.
 */
final class UsageConfirmation {
  static final Set<String> HUB_LIBRARIES = Set.of("transformers", "diffusers", "sentence_transformers", "timm",
      "spacy", "huggingface_hub", "peft", "open_clip", "datasets");
  private static final List<String> HUB_PREFIXES = List.of("hf-hub:", "hf_hub:");

  private final Judgements judgements;
  private final ModelIdCanonicalizer canonicalizer;
  private final PrintStream out;

  UsageConfirmation(Judgements judgements, ModelIdCanonicalizer canonicalizer, PrintStream out) {
    this.judgements = judgements;
    this.canonicalizer = canonicalizer;
    this.out = out;
  }

  /** Counts the usage in the tally; with {@code list}, prints it when nothing confirms it. */
  void score(String repository, String path, UsageRecord usage, ReferenceOracle.Analysis analysis, Tally tally,
      boolean list) {
    boolean confirmed = confirmedByReference(usage, analysis);
    // A reading overrules the reference: the reference sees the string reach the call, not
    // whether the string names a Hub repository or a local folder ('tools/GPT2').
    Boolean judged = judgements.verdict(repository, path, usage.line(), usage.modelId());
    Boolean verdict = judged != null ? judged : confirmed ? Boolean.TRUE : null;
    tally.usage(usage.library(), usage.resolution().sql(), judged == null && confirmed, verdict);
    if (!confirmed && verdict == null && list) {
      out.printf("DOUBTFUL %s,%s,%d,%s   (%s %s literal '%s')%n", repository, path, usage.line(),
          usage.modelId(), usage.api(), usage.resolution().sql(), usage.modelLiteral());
    }
  }

  /**
   * Whether the reference has a call of the usage's library on its line that a string equal to
   * its literal reaches (and, for an open_clip architecture, a tag naming its repository too).
   */
  boolean confirmedByReference(UsageRecord usage, ReferenceOracle.Analysis analysis) {
    if (analysis == null || !analysis.parsed()) {
      return false;
    }
    String literal = usage.modelLiteral() == null ? "" : usage.modelLiteral().toLowerCase(Locale.ROOT);
    String library = root(usage.api());
    for (ReferenceOracle.Call call : analysis.calls()) {
      if (call.line() == usage.line() && root(call.callee()).equals(library)
          && call.values().stream().anyMatch(v -> bare(v).equals(literal)) && tagReaches(call, usage)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the weights an open_clip architecture's usage names are what the call may load: some
   * string reaching it is a tag that open_clip's table pairs with the architecture to give the
   * usage's repository. Any other usage needs nothing more than its literal.
   */
  private boolean tagReaches(ReferenceOracle.Call call, UsageRecord usage) {
    if (!"open_clip".equals(usage.library()) || usage.modelLiteral() == null
        || bare(usage.modelLiteral()).equals(usage.modelId().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return call.values().stream()
        .anyMatch(v -> usage.modelId().equalsIgnoreCase(canonicalizer.openClipRepository(usage.modelLiteral(), v)));
  }

  static String root(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  /** A value as an id is compared: lower case, without an {@code hf-hub:} prefix. */
  static String bare(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    for (String prefix : HUB_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return lower.substring(prefix.length());
      }
    }
    return lower;
  }
}
