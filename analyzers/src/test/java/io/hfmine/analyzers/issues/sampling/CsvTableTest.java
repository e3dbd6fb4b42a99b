package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKnowTheirStartLine() {
    String text = CsvTable.record(List.of("id", "body")) + CsvTable.record(List.of("a/b#1", "x, \"y\"\nz"))
        + CsvTable.record(List.of("a/b#2", "plain"));

    List<CsvTable.Row> rows = CsvTable.parse(text, "f.csv");

    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2, 4);
    assertThat(rows.get(0).values().get("body")).isEqualTo("x, \"y\"\nz");
    assertThat(rows.get(1).get("body")).isEqualTo("plain");
  }

  @Test
  void headerIsCaseInsensitiveAndByteOrderMarkIsIgnored() {
    List<CsvTable.Row> rows = CsvTable.parse("\uFEFFID,Ptm\nx/y#1,yes\n", "f.csv");

    assertThat(rows.get(0).get("id")).isEqualTo("x/y#1");
    assertThat(rows.get(0).get("ptm")).isEqualTo("yes");
  }

  @Test
  void unclosedQuoteNamesTheLine() {
    assertThatThrownBy(() -> CsvTable.parse("id,body\na/b#1,\"open\n", "f.csv"))
        .hasMessage("f.csv line 2: a quoted field is not closed");
  }
}
