package io.hfmine.analyzers.usage.signatures;

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
    HubName hubName,
    Set<String> localNames,
    String searchKeyword) {

  public PythonSignature {
    extraIds = extraIds == null ? List.of() : List.copyOf(extraIds);
    idPrefixes = idPrefixes == null ? List.of() : List.copyOf(idPrefixes);
    unprefixed = unprefixed == null ? Unprefixed.KEEP : unprefixed;
    localNames = localNames == null ? Set.of()
        : localNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** The keyword the prefilter and the in-file search look for. */
  public String keyword() {
    if (searchKeyword != null && !searchKeyword.isBlank()) {
      return searchKeyword;
    }
    return require != null ? require.prefix() : callee.lastLiteralSegment();
  }

  /** Whether a value names something the library builds locally ({@code load_dataset("csv")}). */
  public boolean isLocalName(String value) {
    return localNames.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
