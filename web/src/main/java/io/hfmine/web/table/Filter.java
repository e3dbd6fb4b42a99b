package io.hfmine.web.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filter of a table view, set by one query parameter. Values are always bound as SQL
 * parameters; the SQL itself comes from the table's definition, never from the request.
 *
 * @param facet SQL expression whose distinct values (with counts) are offered as choices; null
 *     when the filter is free text, a number or a fixed choice
 * @param listFacet whether {@code facet} is a list whose elements are the choices
 * @param choices fixed choices: value → condition without placeholders (yes/no filters)
 */
public record Filter(String param, String label, Kind kind, String sql, String facet, boolean listFacet,
    Map<String, String> choices, Search search) {

  /** How the value is read and turned into a condition. */
  public enum Kind { EQUALS, LIST_CONTAINS, TEXT, AT_LEAST, CHOICE, CONDITION, SEARCH }

  /**
   * A full-text search outside the store. What it finds for a request is written to {@link #hits()}
   * (a temporary table of {@code id} and {@code rank}, 1 the best) before the request's queries
   * run; the view joins that table to filter and to order by relevance.
   */
  public interface Search {
    /** The temporary table of hits. */
    String hits();

    /** The ids matching {@code words}, best first. */
    List<String> find(String words);
  }

  public Filter(String param, String label, Kind kind, String sql, String facet, boolean listFacet,
      Map<String, String> choices) {
    this(param, label, kind, sql, facet, listFacet, choices, null);
  }

  /**
   * Rows whose id {@code search} finds: {@code condition} tells a row among the hits (it uses the
   * join of the hits table).
   */
  public static Filter search(String param, String label, String condition, Search search) {
    return new Filter(param, label, Kind.SEARCH, condition, null, false, Map.of(), search);
  }

  /** {@code expression = value}, with the expression's values and counts as choices. */
  public static Filter equalsTo(String param, String label, String expression) {
    return new Filter(param, label, Kind.EQUALS, expression, expression, false, Map.of());
  }

  /**
   * {@code expression = value} typed in, without choices: for columns with too many distinct values
   * (model ids, repositories) to count on every page.
   */
  public static Filter exact(String param, String label, String expression) {
    return new Filter(param, label, Kind.EQUALS, expression, null, false, Map.of());
  }

  /** The list {@code expression} holds the value, with its elements and counts as choices. */
  public static Filter listContains(String param, String label, String expression) {
    return new Filter(param, label, Kind.LIST_CONTAINS, expression, expression, true, Map.of());
  }

  /** Case-insensitive substring search over several text expressions. */
  public static Filter text(String param, String label, String... expressions) {
    return new Filter(param, label, Kind.TEXT, String.join("\u0000", expressions), null, false, Map.of());
  }

  /** {@code expression >= value} for a whole number. */
  public static Filter atLeast(String param, String label, String expression) {
    return new Filter(param, label, Kind.AT_LEAST, expression, null, false, Map.of());
  }

  /** A condition with one {@code ?} placeholder for the value (a relation to another table). */
  public static Filter condition(String param, String label, String sqlWithPlaceholder) {
    return new Filter(param, label, Kind.CONDITION, sqlWithPlaceholder, null, false, Map.of());
  }

  /** The same filter offering the values of {@code expression} (with counts) as choices. */
  public Filter withFacet(String expression, boolean list) {
    return new Filter(param, label, kind, sql, expression, list, choices, search);
  }

  /** One of fixed conditions; arguments alternate value and condition. */
  public static Filter choice(String param, String label, String... valuesAndConditions) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = 0; i + 1 < valuesAndConditions.length; i += 2) {
      choices.put(valuesAndConditions[i], valuesAndConditions[i + 1]);
    }
    return new Filter(param, label, Kind.CHOICE, null, null, false, choices);
  }

  /** The SQL this filter may add (to tell which joins it needs). */
  String sqlText() {
    return (sql == null ? "" : sql.replace('\u0000', ' ')) + " " + String.join(" ", choices.values());
  }

  /**
   * Adds this filter's condition for {@code value} to {@code where}.
   *
   * @throws BadRequestException naming the parameter when the value does not fit
   */
  public void apply(String value, Where where) {
    switch (kind) {
      case EQUALS -> where.and(sql + " = ?", value);
      case CONDITION -> where.and(sql, value);
      case SEARCH -> where.and(sql);
      case LIST_CONTAINS -> where.and("list_contains(" + sql + ", ?)", value);
      case TEXT -> {
        String pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> expressions = List.of(sql.split("\u0000"));
        where.and(String.join(" OR ", expressions.stream().map(e -> e + " ILIKE ? ESCAPE '\\'").toList()),
            expressions.stream().map(e -> (Object) pattern).toArray());
      }
      case AT_LEAST -> {
        try {
          where.and(sql + " >= ?", Long.parseLong(value.strip().replace(",", "").replace("_", "")));
        } catch (NumberFormatException e) {
          throw new BadRequestException(param + " must be a whole number; got '" + value + "'");
        }
      }
      case CHOICE -> {
        String condition = choices.get(value);
        if (condition == null) {
          throw new BadRequestException(param + " must be one of " + String.join(", ", choices.keySet())
              + "; got '" + value + "'");
        }
        where.and(condition);
      }
    }
  }
}
