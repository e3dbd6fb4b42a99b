package io.hfmine.analyzers.usage.canonical;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Hub's model ids, looked up case-insensitively; {@link #NONE} when no catalog is loaded. */
public final class ModelCatalog {
  /** No catalog: ids are kept as written (after alias and timm mapping). */
  public static final ModelCatalog NONE = new ModelCatalog(Map.of(), false);

  private final Map<String, String> byLowerCase;
  private final boolean present;

  private ModelCatalog(Map<String, String> byLowerCase, boolean present) {
    this.byLowerCase = byLowerCase;
    this.present = present;
  }

  public static ModelCatalog of(Collection<String> ids) {
    Map<String, String> map = new HashMap<>(ids.size() * 2);
    for (String id : ids) {
      map.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
    }
    return new ModelCatalog(map, true);
  }

  public boolean isPresent() {
    return present;
  }

  /** Every id of the catalog, as the catalog spells it. */
  public Collection<String> ids() {
    return byLowerCase.values();
  }

  /** The catalog's spelling of an id, whatever its case. */
  public Optional<String> find(String id) {
    return Optional.ofNullable(byLowerCase.get(id.toLowerCase(Locale.ROOT)));
  }
}
