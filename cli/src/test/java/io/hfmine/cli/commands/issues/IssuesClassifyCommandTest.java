package io.hfmine.cli.commands.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesClassifyCommandTest {
  @TempDir
  Path work;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.quietIn(work, args);
    return last.exitCode();
  }

  private String out() {
    return last.out();
  }

  @Test
  void classifyWithRulesStoresLabelsThatListShowsAsJsonLines() {
    IssueRows.insertSample(work);

    assertThat(run("issues", "classify")).isZero();
    assertThat(out()).contains("method    rules", "issues    3", "ptm       2", "theme     HR   1", "theme     RC   1");

    assertThat(run("issues", "list", "--json", "--repo", "acme/chat")).isZero();
    assertThat(out().lines()).hasSize(2);
    assertThat(out()).contains("\"id\":\"acme/chat#1\"", "\"rules\":{\"ptm\":true,\"themes\":[\"HR\"]",
        "\"subthemes\":[\"HR.MEM\"]", "\"type\":\"bug\"", "\"HR.MEM\":\"HR.MEM:\\\"out of memory\\\"(title/prose); ");
  }

  @Test
  void rerunReplacesLabelsInsteadOfDuplicatingThem() {
    IssueRows.insertSample(work);

    run("issues", "classify");
    run("issues", "classify");
    run("issues", "list");

    assertThat(out().lines()).hasSize(3);
    assertThat(out()).contains("other/site#7").contains("acme/chat#2");
  }

  @Test
  void unknownMethodIsAUsageError() {
    assertThat(run("issues", "classify", "--method", "magic")).isEqualTo(2);
  }
}
