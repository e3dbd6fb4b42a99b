package io.hfmine.bench.accuracy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * PeaTMOSS's published static matches: one (API, repository, file, Hub id) per id of a row of
 * {@code usage1_hf_file_<api>.csv} ({@code github_url, file_path, signature, static_match}).
 */
record PeatmossPairs(List<Pair> pairs) {
  private static final String PREFIX = "usage1_hf_file_";

  /** One id PeaTMOSS resolved in one file. */
  record Pair(String api, String repository, String path, String id) {
  }

  static PeatmossPairs read(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().startsWith(PREFIX)
          && p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(directory + " holds no " + PREFIX + "*.csv file");
    }
    Set<Pair> pairs = new LinkedHashSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String api = name.substring(PREFIX.length(), name.length() - ".csv".length());
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (CSVRecord row : format.parse(reader)) {
          String url = row.get("github_url");
          String repository = url.startsWith("github.com/") ? url.substring("github.com/".length()) : url;
          for (String id : row.get("static_match").split(";")) {
            if (!id.isBlank()) {
              pairs.add(new Pair(api, repository, row.get("file_path"), id.strip()));
            }
          }
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    return new PeatmossPairs(new ArrayList<>(pairs));
  }
}
