package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameScannerTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsWholeIdentifiersOnly() {
    NameScanner scanner = new NameScanner(List.of("model"));

    assertThat(scanner.occurrences(utf8("model(x); remodel(x); model_2(x); model.eval()")))
        .containsExactly("model@0", "model@34");
  }

  @Test
  void skipsAttributesOfOtherObjects() {
    NameScanner scanner = new NameScanner(List.of("tok"));

    assertThat(scanner.occurrences(utf8("self.tok(x)\ntok(x)"))).containsExactly("tok@12");
  }

  @Test
  void findsDottedNamesStartingAtTheirFirstIdentifier() {
    NameScanner scanner = new NameScanner(List.of("self.model", "self"));

    assertThat(scanner.occurrences(utf8("self.model.generate(x)\nself.model_x(y)\nself .model")))
        .containsExactly("self.model@0", "self@0", "self@23", "self@39");
  }

  @Test
  void reportsOnlyOccurrencesInsideTheRange() {
    NameScanner scanner = new NameScanner(List.of("pipe"));
    byte[] text = utf8("pipe(a)\npipe(b)\npipe(c)\n");

    StringBuilder found = new StringBuilder();
    scanner.forEachOccurrence(text, 8, 15, (n, start) -> found.append(start).append(' '));

    assertThat(found.toString()).isEqualTo("8 ");
  }

  @Test
  void keepsNamesThatShareAHashSlotApart() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add("name" + i);
    }
    NameScanner scanner = new NameScanner(many);

    assertThat(scanner.occurrences(utf8("name17 name170 name1 nameX"))).containsExactly("name17@0", "name170@7", "name1@15");
  }
}
