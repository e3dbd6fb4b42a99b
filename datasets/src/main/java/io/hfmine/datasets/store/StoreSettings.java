package io.hfmine.datasets.store;

import io.hfmine.datasets.config.ValidatedSettings;
import java.nio.file.Path;

/** The {@code store} section: the store's file name inside the work directory. */
public record StoreSettings(String file) implements ValidatedSettings {
  @Override
  public void validate() {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("store.file must name the store file, e.g. " + Store.FILE_NAME);
    }
    if (Path.of(file).getNameCount() != 1 || file.equals("..") || file.equals(".")) {
      throw new IllegalArgumentException("store.file must be a file name inside the work directory, not a path; got "
          + file);
    }
  }
}
