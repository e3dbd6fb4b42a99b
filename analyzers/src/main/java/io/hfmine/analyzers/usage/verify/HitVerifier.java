package io.hfmine.analyzers.usage.verify;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides the verdict of a code-search hit from the usages parsed out of its file.
 *
 * <p>A call verifies the hit when its id, written or canonical, names the model in any of its
 * spellings (legacy aliases included), or when its pattern ({@code facebook/opt-{size}}) matches
 * the model id.
 */
public final class HitVerifier {
  private final ModelIdCanonicalizer canonicalizer;

  public HitVerifier(ModelIdCanonicalizer canonicalizer) {
    this.canonicalizer = canonicalizer;
  }

  /** A usage as verification needs it. */
  public record UsageFact(String modelLiteral, String modelId, Resolution resolution, String api, int line) {
  }

  /** The outcome for one hit. */
  public record Outcome(Verdict verdict, String detail) {
  }

  /**
   * @param fileState why the file has no parse ("not-fetched", "too-large" ...), or null when parsed
   */
  public Outcome verify(String hitModelId, String fileState, List<UsageFact> usages) {
    if (fileState != null) {
      return new Outcome(Verdict.UNPARSED, fileState);
    }
    String wanted = hitModelId.toLowerCase(Locale.ROOT);
    String wantedCanonical = lower(canonicalizer.canonicalize(hitModelId, null));
    // A bare sentence-transformers name loads the model only through sentence-transformers, which
    // the usage's canonical id already says; legacy aliases load it through any library.
    List<String> spellings = canonicalizer.aliases().idAndLegacyAliases(wantedCanonical == null ? hitModelId : wantedCanonical)
        .stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    UsageFact unresolved = null;
    for (UsageFact usage : usages) {
      String literal = lower(usage.modelLiteral());
      String canonical = lower(usage.modelId());
      boolean named = wanted.equals(literal) || wanted.equals(canonical)
          || (canonical != null && canonical.equals(wantedCanonical))
          || (literal != null && spellings.contains(literal));
      if (named) {
        return new Outcome(Verdict.VERIFIED, usage.api() + ":" + usage.line());
      }
      if (usage.resolution() == Resolution.PATTERN && literal != null && matchesPattern(literal, wanted)) {
        return new Outcome(Verdict.VERIFIED, usage.api() + ":" + usage.line() + " pattern " + usage.modelLiteral());
      }
      if (usage.resolution() == Resolution.UNKNOWN && unresolved == null) {
        unresolved = usage;
      }
    }
    if (unresolved != null) {
      return new Outcome(Verdict.UNRESOLVED_CALL, unresolved.api() + ":" + unresolved.line() + " "
          + unresolved.modelLiteral());
    }
    return new Outcome(Verdict.MENTION_ONLY, usages.isEmpty() ? null : usages.size() + " calls load other ids");
  }

  /** {@code facebook/opt-{size}} matches {@code facebook/opt-125m}: each hole is any non-empty text. */
  static boolean matchesPattern(String pattern, String id) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (open < 0 || close < 0) {
        regex.append(Pattern.quote(pattern.substring(i)));
        break;
      }
      regex.append(Pattern.quote(pattern.substring(i, open))).append(".+");
      i = close + 1;
    }
    return Pattern.compile(regex.toString()).matcher(id).matches();
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
