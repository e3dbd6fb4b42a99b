package io.hfmine.analyzers.pick.license;

import io.hfmine.analyzers.pick.PickFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Licence families, the licences the Hub knows and their aliases, and which uses each family
 * fits ({@code config/pick/licenses.yaml}).
 */
public record LicenseTable(
    Map<String, Family> families,
    Map<String, License> licenses,
    Map<String, String> aliases,
    Map<String, License> extraLicenses,
    Map<String, Use> uses,
    Map<String, String> useAliases,
    Map<String, String> compatibleWith,
    Map<String, String> notes) {

  /** The family every licence this table cannot place belongs to. */
  public static final String UNKNOWN = "unknown";

  /** A kind of licence; {@code note} is the condition shown when a use accepts it conditionally. */
  public record Family(String description, String note) {
  }

  /** A licence identifier's family, SPDX id (may be null) and full name. */
  public record License(String family, String spdx, String name) {
  }

  /** What a stated use accepts. */
  public record Use(String description, List<String> allowFamilies, List<String> conditionalFamilies, List<String> allow,
      List<String> deny, List<String> conditional) {
    public Use {
      allowFamilies = allowFamilies == null ? List.of() : List.copyOf(allowFamilies);
      conditionalFamilies = conditionalFamilies == null ? List.of() : List.copyOf(conditionalFamilies);
      allow = allow == null ? List.of() : List.copyOf(allow);
      deny = deny == null ? List.of() : List.copyOf(deny);
      conditional = conditional == null ? List.of() : List.copyOf(conditional);
    }
  }

  /** A licence value as a model states it, placed in the table. */
  public record Resolved(String stated, String id, String family, String name) {
    public boolean known() {
      return !family.equals(UNKNOWN);
    }

    /** "cc-by-nc-4.0 (non-commercial)", or the stated text when the table does not know it. */
    public String describe() {
      String shown = id.equals(stated.toLowerCase(Locale.ROOT)) ? id : stated + " = " + id;
      return shown + " (" + family + ")";
    }
  }

  public LicenseTable {
    families = copy(families);
    licenses = lowerKeys(licenses);
    aliases = lowerNames(aliases);
    extraLicenses = lowerKeys(extraLicenses);
    uses = copy(uses);
    useAliases = lowerNames(useAliases);
    compatibleWith = lowerNames(compatibleWith);
    notes = lowerKeys(notes);
  }

  /** Loads and checks the table (a file, else the shipped copy on the classpath). */
  public static LicenseTable load(String location) {
    LicenseTable table = PickFiles.read(location, LicenseTable.class,
        message -> new LicenseTableException("licence table " + message));
    table.check(location);
    return table;
  }

  /** Places a stated licence (Hub id, SPDX id, alias, {@code license_name}); unknown ones get family unknown. */
  public Resolved resolve(String stated) {
    String key = stated == null ? "" : stated.strip().toLowerCase(Locale.ROOT);
    String id = licenses.containsKey(key) || extraLicenses.containsKey(key) ? key : aliases.get(key);
    License license = id == null ? null : licenses.containsKey(id) ? licenses.get(id) : extraLicenses.get(id);
    if (license == null) {
      return new Resolved(stated == null ? "" : stated.strip(), key.isEmpty() ? UNKNOWN : key, UNKNOWN,
          "not in the licence table");
    }
    return new Resolved(stated.strip(), id, license.family(), license.name());
  }

  /** The use named {@code name} (or one of its aliases). */
  public Optional<Use> use(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(uses.get(useAliases.getOrDefault(key, key)));
  }

  /** The canonical name of a use or use alias. */
  public String useName(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return useAliases.getOrDefault(key, key);
  }

  /** The use a licence stands for in {@code compatible-with}. */
  public Optional<String> useCompatibleWith(String license) {
    return Optional.ofNullable(compatibleWith.get(resolve(license).id()));
  }

  /** Names of every use, for error messages. */
  public List<String> useNames() {
    List<String> names = new ArrayList<>(uses.keySet());
    names.addAll(useAliases.keySet());
    return names.stream().sorted().toList();
  }

  private void check(String origin) {
    List<String> problems = new ArrayList<>();
    if (!families.containsKey(UNKNOWN)) {
      problems.add("family 'unknown' is missing");
    }
    Map<String, License> all = new LinkedHashMap<>(licenses);
    all.putAll(extraLicenses);
    all.forEach((id, license) -> {
      if (license == null || !families.containsKey(license.family())) {
        problems.add("licence '" + id + "' has unknown family '" + (license == null ? null : license.family()) + "'");
      }
    });
    aliases.forEach((alias, id) -> {
      if (!all.containsKey(id)) {
        problems.add("alias '" + alias + "' points at unknown licence '" + id + "'");
      }
    });
    uses.forEach((name, use) -> {
      List<String> named = new ArrayList<>(use.allowFamilies());
      named.addAll(use.conditionalFamilies());
      named.stream().filter(family -> !families.containsKey(family))
          .forEach(family -> problems.add("use '" + name + "' names unknown family '" + family + "'"));
      List<String> ids = new ArrayList<>(use.allow());
      ids.addAll(use.deny());
      ids.addAll(use.conditional());
      ids.stream().filter(id -> !all.containsKey(id.toLowerCase(Locale.ROOT)))
          .forEach(id -> problems.add("use '" + name + "' names unknown licence '" + id + "'"));
    });
    useAliases.forEach((alias, use) -> {
      if (!uses.containsKey(use)) {
        problems.add("use alias '" + alias + "' points at unknown use '" + use + "'");
      }
    });
    compatibleWith.forEach((license, use) -> {
      if (!uses.containsKey(use)) {
        problems.add("compatible-with '" + license + "' points at unknown use '" + use + "'");
      }
    });
    if (!problems.isEmpty()) {
      throw new LicenseTableException("licence table " + origin + ": " + String.join("; ", problems));
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? Map.of() : new LinkedHashMap<>(map);
  }

  private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
    Map<String, V> lower = new TreeMap<>();
    if (map != null) {
      map.forEach((key, value) -> lower.put(key.strip().toLowerCase(Locale.ROOT), value));
    }
    return lower;
  }

  // Maps from one name to another compare case-insensitively on both sides.
  private static Map<String, String> lowerNames(Map<String, String> map) {
    Map<String, String> lower = new TreeMap<>();
    if (map != null) {
      map.forEach((key, value) -> lower.put(key.strip().toLowerCase(Locale.ROOT),
          value == null ? null : value.strip().toLowerCase(Locale.ROOT)));
    }
    return lower;
  }
}
