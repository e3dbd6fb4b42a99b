package io.hfmine.datasets.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKnowTheirStartLine() {
    String text = CsvTable.record(List.of("id", "body")) + CsvTable.record(List.of("a/b#1", "x, \"y\"\nz"))
        + CsvTable.record(List.of("a/b#2", "plain"));

    List<CsvTable.Row> rows = CsvTable.parse(text, "f.csv", CsvTable.Width.EXACT);

    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2L, 4L);
    assertThat(rows).extracting(CsvTable.Row::record).containsExactly(1L, 2L);
    assertThat(rows.get(0).values().get("body")).isEqualTo("x, \"y\"\nz");
    assertThat(rows.get(1).get("body")).isEqualTo("plain");
  }

  @Test
  void headerIsCaseInsensitiveAndByteOrderMarkIsIgnored() {
    List<CsvTable.Row> rows = CsvTable.parse("\uFEFFID,Ptm\nx/y#1,yes\n", "f.csv", CsvTable.Width.EXACT);

    assertThat(rows.get(0).get("id")).isEqualTo("x/y#1");
    assertThat(rows.get(0).get("ptm")).isEqualTo("yes");
  }

  @Test
  void blankLinesAreSkippedAndLinesStillCounted() {
    List<CsvTable.Row> rows = CsvTable.parse("a,b\n\n1,2\n\n3,4\n", "f.csv", CsvTable.Width.EXACT);

    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(3L, 5L);
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsAnErrorNamingItsLine() {
    assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3,4,5\n", "f.csv", CsvTable.Width.UP_TO_HEADER))
        .isInstanceOf(CsvTable.MalformedCsvException.class)
        .hasMessageStartingWith("f.csv line 3 (record 2): 3 fields, but the header has 2");
  }

  @Test
  void shortRowsAreAnErrorUnlessTheCallerAcceptsThem() {
    assertThatThrownBy(() -> CsvTable.parse("a,b\n1\n", "f.csv", CsvTable.Width.EXACT))
        .hasMessage("f.csv line 2 (record 1): 1 fields, but the header has 2");
    assertThat(CsvTable.parse("a,b\n1\n", "f.csv", CsvTable.Width.UP_TO_HEADER).get(0).get("b")).isEmpty();
  }

  @Test
  void unclosedQuoteNamesTheLine() {
    assertThatThrownBy(() -> CsvTable.parse("id,body\na/b#1,\"open\n", "f.csv", CsvTable.Width.EXACT))
        .hasMessage("f.csv line 2: malformed CSV: a quoted field is not closed");
  }

  @Test
  void aColumnNamedTwiceIsAnError() {
    assertThatThrownBy(() -> CsvTable.parse("id,ID\n1,2\n", "f.csv", CsvTable.Width.EXACT))
        .hasMessage("f.csv line 1: the header names column 'ID' twice (columns 1 and 2)");
  }
}
