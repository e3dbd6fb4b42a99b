package io.hfmine.analyzers.issues.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The classifier shipped with hfmine ({@code issues/classifier/default-model.json} on the
 * classpath), trained on the labelled set of real issues ({@code issues/labelled-set/}); used by
 * {@code issues classify --method classifier} when the store holds no classifier of its own.
 */
public final class ShippedClassifier {
  public static final String RESOURCE = "issues/classifier/default-model.json";

  private ShippedClassifier() {
  }

  public static IssueClassifierModel load() {
    try (InputStream in = ShippedClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped classifier " + RESOURCE + " is missing from this build");
      }
      return ClassifierFile.read(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped classifier " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
