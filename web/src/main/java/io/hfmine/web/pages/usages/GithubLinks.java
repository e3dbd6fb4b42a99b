package io.hfmine.web.pages.usages;

import io.hfmine.web.html.Markup;

/** Addresses of code on GitHub. */
public final class GithubLinks {
  private GithubLinks() {
  }

  /**
   * The exact line: the address code search returned for the file (its commit, so the blob is
   * the one parsed) with {@code #L<line>}; null when there is no such address.
   */
  public static String exactLine(String hitUrl, int line) {
    if (hitUrl == null || !hitUrl.startsWith("https://github.com/")) {
      return null;
    }
    int fragment = hitUrl.indexOf('#');
    return (fragment < 0 ? hitUrl : hitUrl.substring(0, fragment)) + "#L" + line;
  }

  /** The file's current version (it may have changed since it was parsed). */
  public static String currentLine(String repository, String path, int line) {
    StringBuilder encoded = new StringBuilder();
    for (String part : path.split("/")) {
      if (!encoded.isEmpty()) {
        encoded.append('/');
      }
      encoded.append(Markup.encode(part).replace("+", "%20"));
    }
    return "https://github.com/" + repository + "/blob/HEAD/" + encoded + "#L" + line;
  }
}
