package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.UsageRecord;
import java.io.IOException;

/** Where scanned usages go, one at a time, in file order. */
public interface UsageSink extends AutoCloseable {
  void write(UsageRecord usage) throws IOException;

  @Override
  void close() throws IOException;
}
