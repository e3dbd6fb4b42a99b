package io.hfmine.bench.accuracy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Verdicts given by reading the code, for usages the reference could not confirm:
 * {@code repository,path,line,model_id,verdict,note} with verdict {@code correct} or {@code wrong}.
 */
final class Judgements {
  private final Map<String, Boolean> verdicts = new HashMap<>();

  static Judgements read(Path file) throws IOException {
    Judgements judgements = new Judgements();
    if (file == null || !Files.exists(file)) {
      return judgements;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord row : parser) {
        String verdict = row.get("verdict").strip().toLowerCase(Locale.ROOT);
        if (!verdict.equals("correct") && !verdict.equals("wrong")) {
          // The parser's line, not the record's number: the header and comment lines are no records.
          throw new IOException(file + " line " + parser.getCurrentLineNumber()
              + ": verdict must be correct or wrong, not '" + verdict + "'");
        }
        judgements.verdicts.put(key(row.get("repository"), row.get("path"), Integer.parseInt(row.get("line").strip()),
            row.get("model_id")), verdict.equals("correct"));
      }
    }
    return judgements;
  }

  /** True (correct), false (wrong), or null when nobody judged it. */
  Boolean verdict(String repository, String path, int line, String modelId) {
    return verdicts.get(key(repository, path, line, modelId));
  }

  static String key(String repository, String path, int line, String modelId) {
    return repository + "\t" + path + "\t" + line + "\t" + modelId.toLowerCase(Locale.ROOT);
  }
}
