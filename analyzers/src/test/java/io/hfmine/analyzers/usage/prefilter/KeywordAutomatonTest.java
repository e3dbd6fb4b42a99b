package io.hfmine.analyzers.usage.prefilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
  private final KeywordAutomaton automaton = new KeywordAutomaton(List.of("from_pretrained", "pipeline", "line", "hf_hub_download"));

  @Test
  void findsEveryOccurrenceIncludingOverlappingKeywords() {
    byte[] text = "pipe = pipeline('x'); AutoModel.from_pretrained(m)".getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();

    automaton.forEachMatch(text, (k, start) -> found.add(automaton.keywords().get(k) + "@" + start));

    assertThat(found).containsExactly("pipeline@7", "line@11", "from_pretrained@32");
  }

  @Test
  void answersWhetherAnyKeywordOccurs() {
    assertThat(automaton.containsAny("x = hf_hub_download(repo_id=r)".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(automaton.containsAny("import numpy as np\nprint(np.pi)".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void limitsMatchesToARange() {
    byte[] text = "line line line".getBytes(StandardCharsets.UTF_8);
    List<Integer> starts = new ArrayList<>();

    automaton.forEachMatch(text, 3, 11, (k, start) -> starts.add(start));

    assertThat(starts).containsExactly(5);
  }
}
