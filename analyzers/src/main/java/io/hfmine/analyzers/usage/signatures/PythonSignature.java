package io.hfmine.analyzers.usage.signatures;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.canonical.HubUrls;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One Python call that loads something from the Hub, as {@code config/signatures/python.yaml} describes it. */
public record PythonSignature(
    String library,
    CalleePattern callee,
    String kind,
    IdArgument id,
    List<IdArgument> extraIds,
    KindKeyword kindKeyword,
    List<String> idPrefixes,
    Unprefixed unprefixed,
    Requirement require,
    boolean recordWhenAbsent,
    IdArgument flag,
    IdArgument weights,
    HubName hubName,
    Set<String> localNames,
    String searchKeyword,
    String naming,
    boolean hubLinksOnly,
    boolean downloader) {

  public PythonSignature {
    extraIds = extraIds == null ? List.of() : List.copyOf(extraIds);
    idPrefixes = idPrefixes == null ? List.of() : List.copyOf(idPrefixes);
    unprefixed = unprefixed == null ? Unprefixed.KEEP : unprefixed;
    localNames = localNames == null ? Set.of()
        : localNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The library whose naming rules the ids follow (a bare {@code all-MiniLM-L6-v2} is
   * sentence-transformers' own model): the entry's {@code naming}, else its library. A wrapper
   * names ids as the library that loads them does.
   */
  public String namingLibrary() {
    return naming != null && !naming.isBlank() ? naming : library;
  }

  /** The word the in-file search looks for at a call: the entry's keyword, else the callee's last name. */
  public String keyword() {
    if (searchKeyword != null && !searchKeyword.isBlank()) {
      return searchKeyword;
    }
    return callee.lastLiteralSegment();
  }

  /**
   * The word a file must hold for the prefilter to parse it: a required argument's prefix where
   * there is one (no {@code huggingface/} anywhere, no torch.hub load from the Hub), else the
   * in-file search's word. The two differ because the prefix need not be at the call: the
   * repository may be bound to a name first.
   */
  public String prefilterWord() {
    return require != null ? require.prefix() : keyword();
  }

  /**
   * Whether a value is read as a Hub id: for a loader that reaches the Hub only through a link to a
   * file in a repository ({@code hub-links-only}, diffusers' {@code from_single_file}), only a Hub
   * link is; anything else there is a local file.
   */
  public boolean mayNameTheHub(String value) {
    return !hubLinksOnly || HubUrls.isHubLink(value);
  }

  /**
   * Whether a call with this value is a usage at all: for a downloader of any URL
   * ({@code downloader}: torch.hub's {@code load_state_dict_from_url}, basicsr's
   * {@code load_file_from_url}, requests' {@code get}) only a link to a file of a model repository
   * on the Hub is, complete or with placeholders, since any other site's file, a local path, a
   * value known only at run time, the Hub's API or a dataset's file is no model reused.
   */
  public boolean countsAsUsage(ResolvedValue value) {
    if (!downloader) {
      return true;
    }
    boolean written = value.isComplete() || value.resolution() == Resolution.PATTERN;
    HubUrls.HubLink link = written ? HubUrls.link(value.text()) : null;
    return link != null && link.repository() != null;
  }

  /** Whether a value names something the library builds locally ({@code load_dataset("csv")}). */
  public boolean isLocalName(String value) {
    return localNames.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
