package io.hfmine.cli.commands.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesClassifyCommandTest {
  @TempDir
  Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    String[] all = new String[args.length + 3];
    all[0] = "--work-dir";
    all[1] = work.toString();
    all[2] = "--quiet";
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void classifyWithRulesStoresLabelsThatListShowsAsJsonLines() {
    IssueRows.insertSample(work);

    assertThat(run("issues", "classify")).isZero();
    assertThat(out()).contains("method    rules", "issues    3", "ptm       2", "theme     HR   1", "theme     RC   1");

    assertThat(run("issues", "list", "--json", "--repo", "acme/chat")).isZero();
    assertThat(out().lines()).hasSize(2);
    assertThat(out()).contains("\"id\":\"acme/chat#1\"", "\"rules\":{\"ptm\":true,\"themes\":[\"HR\"]",
        "\"subthemes\":[\"HR.MEM\"]", "\"type\":\"bug\"", "\"HR.MEM\":\"HR.MEM:\\\"out of memory\\\"(title); ");
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
