package io.hfmine.spark.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark types of the job's rows: usages, per-file results, and both together while staged. */
public final class SparkSchemas {
  /** The staged row's column holding the file's usages. */
  public static final String FOUND = "found";

  private SparkSchemas() {
  }

  public static StructType usage() {
    List<StructField> fields = new ArrayList<>();
    for (UsageColumns.Column column : UsageColumns.ALL) {
      fields.add(DataTypes.createStructField(column.name(), typeOf(column.kind()), true));
    }
    return DataTypes.createStructType(fields);
  }

  public static StructType file() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField(FileColumns.REPOSITORY, DataTypes.StringType, true),
        DataTypes.createStructField(FileColumns.PATH, DataTypes.StringType, true),
        DataTypes.createStructField(FileColumns.BLOB_SHA, DataTypes.StringType, true),
        DataTypes.createStructField(FileColumns.LANGUAGE, DataTypes.StringType, true),
        DataTypes.createStructField(FileColumns.BYTES, DataTypes.LongType, false),
        DataTypes.createStructField(FileColumns.STATUS, DataTypes.StringType, false),
        DataTypes.createStructField(FileColumns.DETAIL, DataTypes.StringType, true),
        DataTypes.createStructField(FileColumns.SYNTAX_ERRORS, DataTypes.BooleanType, false),
        DataTypes.createStructField(FileColumns.USAGES, DataTypes.IntegerType, false)));
  }

  /** A file's result with its usages nested: what the extraction tasks produce. */
  public static StructType staged() {
    return file().add(DataTypes.createStructField(FOUND, DataTypes.createArrayType(usage(), false), false));
  }

  private static DataType typeOf(UsageColumns.Kind kind) {
    return switch (kind) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
    };
  }
}
