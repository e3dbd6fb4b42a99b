package io.hfmine.spark.output;

import io.hfmine.analyzers.usage.UsageRecord;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a usage as the job writes them: every component of {@link UsageRecord}, in its
 * order, named in snake_case, which are the {@code usages} table's and {@code usage scan}'s
 * column names.
 *
 * <p>Derived from the record itself so that a field added to usages reaches the Parquet output
 * and the import without a second list to keep in step. Enums are written as their lower-case
 * names (as the store keeps {@code resolution}); types without a plain column type fail here,
 * when the job starts, naming the field.
 */
public final class UsageColumns {
  /** The column types a usage field can have. */
  public enum Kind { TEXT, INTEGER, LONG, DOUBLE, BOOLEAN, TEXT_LIST }

  /** One column: its name, kind and the record component it reads. */
  public record Column(String name, Kind kind, RecordComponent component) {
    Object valueOf(UsageRecord usage) {
      Object value;
      try {
        value = component.getAccessor().invoke(usage);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read usage field " + component.getName(), e);
      }
      if (value instanceof Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return value;
    }
  }

  public static final List<Column> ALL = columns();

  private UsageColumns() {
  }

  /** The values of a usage, in column order (lists stay lists). */
  public static List<Object> values(UsageRecord usage) {
    List<Object> values = new ArrayList<>(ALL.size());
    for (Column column : ALL) {
      values.add(column.valueOf(usage));
    }
    return values;
  }

  /** The column names, in order. */
  public static List<String> names() {
    return ALL.stream().map(Column::name).toList();
  }

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (RecordComponent component : UsageRecord.class.getRecordComponents()) {
      columns.add(new Column(snakeCase(component.getName()), kindOf(component), component));
    }
    return List.copyOf(columns);
  }

  private static Kind kindOf(RecordComponent component) {
    Class<?> type = component.getType();
    Map<Class<?>, Kind> plain = Map.of(String.class, Kind.TEXT, int.class, Kind.INTEGER, Integer.class, Kind.INTEGER,
        long.class, Kind.LONG, Long.class, Kind.LONG, double.class, Kind.DOUBLE, Double.class, Kind.DOUBLE,
        boolean.class, Kind.BOOLEAN, Boolean.class, Kind.BOOLEAN);
    if (plain.containsKey(type)) {
      return plain.get(type);
    }
    if (type.isEnum()) {
      return Kind.TEXT;
    }
    Type generic = component.getGenericType();
    if (List.class.equals(type) && generic instanceof ParameterizedType parameterized
        && String.class.equals(parameterized.getActualTypeArguments()[0])) {
      return Kind.TEXT_LIST;
    }
    throw new IllegalStateException("usage field " + component.getName() + " has type " + generic
        + ", which has no Parquet column type here; map it in " + UsageColumns.class.getName());
  }

  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
