package io.hfmine.analyzers.usage.canonical;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links to a file in a Hub repository ({@code https://huggingface.co/<owner>/<name>/blob/main/model.safetensors}).
 *
 * <p>Such a link names the repository the file is downloaded from: diffusers' {@code from_single_file}
 * takes the repository from it and calls {@code hf_hub_download}, and transformers' older
 * {@code from_pretrained} fetched a file given by URL. A link to a repository's page, with no file,
 * loads nothing, nor does one into a dataset or a Space when a model is asked for.
 */
public final class HubUrls {
  // diffusers accepts these (VALID_URL_PREFIXES); http and www. reach the same host.
  /** The Hub's hosts: a file without either holds no link to the Hub (what a prefilter can look for). */
  public static final List<String> HOSTS = List.of("huggingface.co", "hf.co");
  private static final List<String> SCHEMES = List.of("https://", "http://", "");
  private static final Set<String> FILE_ROUTES = Set.of("blob", "resolve", "raw");
  private static final Set<String> NOT_MODELS = Set.of("datasets", "spaces");

  private HubUrls() {
  }

  /** Whether a value is a link to the Hub at all (a file or not). */
  public static boolean isHubLink(String value) {
    return link(value) != null;
  }

  /** The value read as a Hub link, or null when it is none. */
  public static HubLink link(String value) {
    String path = path(value);
    return path == null ? null : new HubLink(path);
  }

  /** A link to the Hub, by the part after its host. */
  public record HubLink(String path) {
    /**
     * The model repository a link to one of its files names: {@code owner/name}, or a legacy
     * {@code name} without an owner ({@code https://huggingface.co/gpt2/resolve/main/config.json});
     * null for a page, a dataset's or a Space's file, or anything else.
     */
    public String repository() {
      int end = firstOf(path, '?', '#');
      String[] segments = (end < 0 ? path : path.substring(0, end)).split("/", -1);
      if (segments.length == 0 || NOT_MODELS.contains(segments[0])) {
        return null;
      }
      // <repo>/<route>/<revision>/<file ...>: the route comes after two segments of repository, or
      // after one for the Hub's oldest models, which have no owner.
      for (int route = 2; route >= 1; route--) {
        if (route + 2 < segments.length && FILE_ROUTES.contains(segments[route])
            && !segments[route + 1].isEmpty() && !segments[segments.length - 1].isEmpty()
            && Arrays.stream(segments, 0, route).noneMatch(String::isEmpty)) {
          return String.join("/", List.of(segments).subList(0, route));
        }
      }
      return null;
    }
  }

  /** The part of a Hub link after the host, or null when the value is no Hub link. */
  private static String path(String value) {
    String text = value.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String scheme : SCHEMES) {
      for (String www : List.of("www.", "")) {
        for (String host : HOSTS) {
          String prefix = scheme + www + host + "/";
          if (lower.startsWith(prefix)) {
            return text.substring(prefix.length());
          }
        }
      }
    }
    return null;
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
