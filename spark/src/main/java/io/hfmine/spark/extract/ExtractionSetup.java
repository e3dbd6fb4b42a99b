package io.hfmine.spark.extract;

import java.io.Serializable;
import java.util.List;

/**
 * What every task needs to extract, shipped from the driver: the usage settings as JSON (the
 * record that {@code usage scan} reads from its configuration), the isolation, and extra flags
 * for extraction worker JVMs.
 */
public record ExtractionSetup(String settingsJson, Isolation isolation, List<String> workerJavaOptions)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ExtractionSetup {
    workerJavaOptions = List.copyOf(workerJavaOptions);
  }
}
