package io.hfmine.analyzers.pick.template;

import java.util.List;

/** What a Hub task reads and produces. */
public record TaskFormats(List<String> input, List<String> output) {
  public TaskFormats {
    input = input == null ? List.of() : List.copyOf(input);
    output = output == null ? List.of() : List.copyOf(output);
  }
}
