package io.hfmine.analyzers.stats.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupedValuesCsvTest {
  @TempDir
  Path dir;

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void groupsValuesInOrderOfFirstAppearance() throws IOException {
    GroupedValues values = GroupedValuesCsv.read(csv("id,group,days\n1,ptm,3\n2,other,0\n3,ptm,5.5\n"),
        "group", "days", false);
    assertThat(values.names()).containsExactly("ptm", "other");
    assertThat(values.groups().get("ptm")).containsExactly(3, 5.5);
    assertThat(values.total()).isEqualTo(3);
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    GroupedValues values = GroupedValuesCsv.read(
        csv("\uFEFFtitle,group,days\n\"a, \"\"quoted\"\"\nline\",x,1\nplain,y,2\n"), "group", "days", false);
    assertThat(values.names()).containsExactly("x", "y");
  }

  @Test
  void nonNumericValueNamesFileLineAndColumn() throws IOException {
    Path file = csv("group,days\nx,1\ny,abc\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .isInstanceOf(CsvInputException.class)
        .hasMessage(file + " line 3: column 'days' is not a number: 'abc'");
  }

  @Test
  void lineNumbersCountLineBreaksInsideQuotes() throws IOException {
    Path file = csv("note,group,days\n\"two\nlines\",x,1\nok,y,?\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .hasMessageStartingWith(file + " line 4:");
  }

  @Test
  void unknownColumnListsTheHeader() throws IOException {
    Path file = csv("group,days\nx,1\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "hours", false))
        .hasMessage(file + " line 1: no column 'hours' (columns: group, days)");
  }

  @Test
  void missingValuesFailUnlessSkippedAndThenAreCounted() throws IOException {
    Path file = csv("group,days\nx,1\nx,NA\ny,\ny,4\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .hasMessageContaining("line 3: column 'days' has no value")
        .hasMessageContaining("--skip-missing");
    GroupedValues values = GroupedValuesCsv.read(file, "group", "days", true);
    assertThat(values.skipped()).isEqualTo(2);
    assertThat(values.total()).isEqualTo(2);
  }

  @Test
  void wrongFieldCountIsAnError() throws IOException {
    Path file = csv("group,days\nx,1,extra\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .hasMessageStartingWith(file + " line 2 (record 1): 3 fields, but the header has 2");
  }

  @Test
  void unclosedQuoteIsAnError() throws IOException {
    Path file = csv("group,days\n\"x,1\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .hasMessageContaining("line 2: malformed CSV: a quoted field is not closed");
  }

  @Test
  void selectingAnUnknownGroupListsTheKnownOnes() throws IOException {
    GroupedValues values = GroupedValuesCsv.read(csv("group,days\nx,1\ny,2\n"), "group", "days", false);
    assertThat(values.select(java.util.List.of("y", "x")).names()).containsExactly("y", "x");
    assertThatThrownBy(() -> values.select(java.util.List.of("z")))
        .hasMessageContaining("no group 'z' (groups: x, y)");
  }

  @Test
  void valuesWhoseSumLeavesDoublePrecisionAreAnErrorNamingTheLine() throws IOException {
    Path file = csv("group,days\nx,1e308\nx,1e308\ny,-1e308\n");
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "group", "days", false))
        .isInstanceOf(CsvInputException.class)
        .hasMessageStartingWith(file + " line 3: column 'days' holds 1e308: with the values before it, sums leave "
            + "double precision");
  }

  @Test
  void aNonUtf8FileNamesItsLine() throws IOException {
    Path file = dir.resolve("data.csv");
    Files.write(file, new byte[] {'g', ',', 'd', '\n', 'x', ',', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> GroupedValuesCsv.read(file, "g", "d", false))
        .isInstanceOf(CsvInputException.class)
        .hasMessageStartingWith(file + " line 2: not UTF-8 text (byte 0xff at offset 6)");
  }
}
