package io.hfmine.analyzers.usage.signatures;

import java.util.List;

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
    boolean recordWhenAbsent) {

  public PythonSignature {
    extraIds = extraIds == null ? List.of() : List.copyOf(extraIds);
    idPrefixes = idPrefixes == null ? List.of() : List.copyOf(idPrefixes);
    unprefixed = unprefixed == null ? Unprefixed.KEEP : unprefixed;
  }

  /** The keyword the prefilter and the in-file search look for. */
  public String keyword() {
    return require != null ? require.prefix() : callee.lastLiteralSegment();
  }
}
