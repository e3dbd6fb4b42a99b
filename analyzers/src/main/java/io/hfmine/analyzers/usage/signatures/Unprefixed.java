package io.hfmine.analyzers.usage.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** What an id without one of a signature's {@code id-prefixes} is. */
public enum Unprefixed {
  /** A Hub id as it is. */
  KEEP,
  /** Not a Hub id: the call is not a Hub usage. */
  SKIP,
  /** A timm architecture name, loading {@code timm/<name>.<default tag>} when {@code pretrained=True}. */
  TIMM,
  /**
   * An open_clip architecture name, loading from the Hub what its pretrained tag (the entry's
   * {@code weights} argument) names in {@code config/open-clip-pretrained.yaml}.
   */
  OPEN_CLIP;

  @JsonCreator
  public static Unprefixed of(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
