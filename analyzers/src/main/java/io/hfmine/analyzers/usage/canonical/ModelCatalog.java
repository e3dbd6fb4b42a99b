package io.hfmine.analyzers.usage.canonical;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Hub's model ids, looked up case-insensitively; {@link #NONE} when no catalog is loaded. */
public final class ModelCatalog {
  /** No catalog: ids are kept as written (after alias and timm mapping). */
  public static final ModelCatalog NONE = new ModelCatalog(Map.of(), false);

  private final Map<String, String> byLowerCase;
  /** From a lower-cased id to the catalog's spelling, or null. */
  private final Function<String, String> lookup;
  private final boolean present;

  private ModelCatalog(Map<String, String> byLowerCase, boolean present) {
    this.byLowerCase = byLowerCase;
    this.lookup = byLowerCase::get;
    this.present = present;
  }

  private ModelCatalog(Function<String, String> lookup) {
    this.byLowerCase = Map.of();
    this.lookup = lookup;
    this.present = true;
  }

  /**
   * A catalog answered by a lookup from a lower-cased id to the catalog's spelling (null when
   * unknown), such as an index shared by processes; its {@link #ids()} are not listed.
   */
  public static ModelCatalog lookingUp(Function<String, String> byLowerCase) {
    return new ModelCatalog(byLowerCase);
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

  /** Every id of the catalog, as the catalog spells it (none for a {@link #lookingUp} catalog). */
  public Collection<String> ids() {
    return byLowerCase.values();
  }

  /** The catalog's spelling of an id, whatever its case. */
  public Optional<String> find(String id) {
    return Optional.ofNullable(lookup.apply(id.toLowerCase(Locale.ROOT)));
  }
}
