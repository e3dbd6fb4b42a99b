package io.hfmine.datasets.config;

/**
 * A settings record with rules beyond its types (ranges, combinations of keys), checked when its
 * section is bound, so every command refuses a bad value before it starts work.
 */
public interface ValidatedSettings {
  /** Throws {@link IllegalArgumentException} whose message starts with the dotted key it is about. */
  void validate();
}
