package io.hfmine.analyzers.usage.signatures;

import java.util.regex.Pattern;

/**
 * A dotted-name glob: {@code *} matches inside one segment, {@code **.} any number of leading
 * segments, so {@code transformers.**.*Tokenizer*.from_pretrained} matches
 * {@code transformers.models.bert.BertTokenizerFast.from_pretrained}.
 */
public final class CalleePattern {
  private final String glob;
  private final Pattern regex;

  public CalleePattern(String glob) {
    if (glob == null || glob.isBlank()) {
      throw new IllegalArgumentException("a callee pattern must not be empty");
    }
    this.glob = glob;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**.", i)) {
        out.append("(?:[^.]+\\.)*");
        i += 2;
      } else if (c == '*') {
        out.append("[^.]*");
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    this.regex = Pattern.compile(out.toString());
  }

  public boolean matches(String qualifiedName) {
    return regex.matcher(qualifiedName).matches();
  }

  /** The root module, e.g. {@code transformers}: local classes inheriting from it count as its own. */
  public String rootModule() {
    int dot = glob.indexOf('.');
    return dot < 0 ? glob : glob.substring(0, dot);
  }

  /** The last segment without wildcards, used as a cheap byte-level keyword; empty if all wildcard. */
  public String lastLiteralSegment() {
    String last = glob.substring(glob.lastIndexOf('.') + 1);
    return last.replace("*", "");
  }

  @Override
  public String toString() {
    return glob;
  }
}
