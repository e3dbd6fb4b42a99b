package io.hfmine.analyzers.usage.signatures;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dotted-name glob: {@code *} matches inside one segment, {@code **.} any number of leading
 * segments, so {@code transformers.**.*Tokenizer*.from_pretrained} matches
 * {@code transformers.models.bert.BertTokenizerFast.from_pretrained}. The first segment may list
 * alternatives, {@code {langchain,langchain_community}.**.HuggingFaceEmbeddings}, for a library
 * whose classes moved between packages: each alternative is a library of its own to the
 * prefilter, which a wildcard root could not be.
 */
public final class CalleePattern {
  private final String glob;
  private final Pattern regex;
  private final List<String> roots;

  public CalleePattern(String glob) {
    if (glob == null || glob.isBlank()) {
      throw new IllegalArgumentException("a callee pattern must not be empty");
    }
    this.glob = glob;
    StringBuilder out = new StringBuilder();
    int start = 0;
    if (glob.startsWith("{")) {
      int close = glob.indexOf('}');
      if (close < 0 || (close + 1 < glob.length() && glob.charAt(close + 1) != '.')) {
        throw new IllegalArgumentException("callee " + glob + ": `{` must close with `}` at the end of the first segment");
      }
      roots = List.of(glob.substring(1, close).split(",", -1)).stream().map(String::strip).toList();
      if (roots.stream().anyMatch(r -> !r.matches("[A-Za-z_][A-Za-z0-9_]*"))) {
        throw new IllegalArgumentException("callee " + glob + ": the alternatives in `{}` must be module names");
      }
      out.append("(?:").append(String.join("|", roots)).append(')');
      start = close + 1;
    } else {
      int dot = glob.indexOf('.');
      roots = List.of(dot < 0 ? glob : glob.substring(0, dot));
    }
    for (int i = start; i < glob.length(); i++) {
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

  /** The root modules, e.g. {@code transformers}; more than one where the first segment lists alternatives. */
  public List<String> rootModules() {
    return roots;
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
