package io.hfmine.analyzers.pick.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Normalises the languages cards and tags name to ISO 639-1 codes where one exists ("en",
 * "eng", "English", "en-US" are all {@code en}); three-letter codes without a two-letter one stay
 * as they are, and {@code multilingual} is kept as a marker.
 */
public final class LanguageCodes {
  /** The marker cards use for "many languages, not listed". */
  public static final String MULTILINGUAL = "multilingual";
  private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
  private static final Map<String, String> BY_NAME_OR_ISO3 = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      Locale locale = Locale.of(code);
      try {
        BY_NAME_OR_ISO3.put(locale.getISO3Language(), code);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known for this language
      }
      BY_NAME_OR_ISO3.put(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
  }

  private LanguageCodes() {
  }

  /** The normalised code of a card's or request's language value, if it names a language. */
  public static Optional<String> normalize(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.equals(MULTILINGUAL)) {
      return Optional.of(MULTILINGUAL);
    }
    String primary = text.split("[-_]", 2)[0];
    if (TWO_LETTER.contains(primary)) {
      return Optional.of(primary);
    }
    String known = BY_NAME_OR_ISO3.get(text);
    if (known == null) {
      known = BY_NAME_OR_ISO3.get(primary);
    }
    if (known != null) {
      return Optional.of(known);
    }
    return primary.matches("[a-z]{3}") ? Optional.of(primary) : Optional.empty();
  }

  /** Whether a Hub tag is a two-letter language code. */
  static boolean isLanguageTag(String tag) {
    return tag != null && tag.length() == 2 && TWO_LETTER.contains(tag.toLowerCase(Locale.ROOT));
  }
}
