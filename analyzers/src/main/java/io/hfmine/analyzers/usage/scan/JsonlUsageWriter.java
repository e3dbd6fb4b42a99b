package io.hfmine.analyzers.usage.scan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.UsageColumns;
import io.hfmine.analyzers.usage.UsageRecord;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line, with the {@code usages} table's column names (pandas: {@code read_json(lines=True)}). */
public final class JsonlUsageWriter implements UsageSink {
  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Writer out;

  public JsonlUsageWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(UsageRecord usage) throws IOException {
    out.write(JSON.writeValueAsString(UsageColumns.row(usage)));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
