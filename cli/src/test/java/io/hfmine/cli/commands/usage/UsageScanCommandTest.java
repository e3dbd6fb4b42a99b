package io.hfmine.cli.commands.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageScanCommandTest {
  @TempDir
  Path dir;

  private Path config;
  private Path repo;
  private CliRun last;

  @BeforeEach
  void writeRepository() throws IOException {
    config = dir.resolve("study.yaml");
    Files.writeString(config, "usage:\n  native-dir: " + Path.of("target", "tree-sitter-natives").toAbsolutePath() + "\n");
    repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve("src"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("src/embed.py"), """
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer("all-MiniLM-L6-v2")
        vectors = model.encode(["hello"])
        """);
    Files.writeString(repo.resolve("src/util.py"), "def add(a, b):\n    return a + b\n");
    Files.writeString(repo.resolve("train.py"), """
        from transformers import AutoModel
        model = AutoModel.from_pretrained("bert-base-uncased")
        """);
    Files.writeString(repo.resolve(".git/hook.py"), "from transformers import pipeline\npipeline('ner')\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "jsonl"})
  void aScansOutputImportsIntoAStoreOnceWithTheSameValues(String format) throws Exception {
    Path file = dir.resolve("usages." + format);
    assertThat(run("usage", "scan", "--format", format, "--output", file.toString(), repo.toString())).isZero();
    Path work = dir.resolve("work");

    assertThat(run("--work-dir", work.toString(), "usage", "import", file.toString())).as(last.err()).isZero();
    assertThat(last.out()).contains("usages read 2, added 2 (0 already in the store)");
    assertThat(run("--work-dir", work.toString(), "usage", "import", file.toString())).isZero();
    assertThat(last.out()).contains("usages read 2, added 0 (2 already in the store)");

    assertThat(run("--work-dir", work.toString(), "sql", "--format", "csv",
        "SELECT model_id, line, col, api_sequence, extracted_at IS NOT NULL AS dated FROM usages ORDER BY path"))
        .as(last.err()).isZero();
    List<String> stored = last.out().lines().toList();
    assertThat(stored).hasSize(3);
    assertThat(stored.get(1)).startsWith("sentence-transformers/all-MiniLM-L6-v2,3,").contains("model.encode")
        .endsWith(",true");
    assertThat(stored.get(2)).startsWith("google-bert/bert-base-uncased,2,");
  }

  @Test
  void aUsagesFileInAnotherShapeIsRefusedNamingLineAndColumn() throws IOException {
    Path file = dir.resolve("usages.csv");
    Files.writeString(file, "usage_id,path,language,line,col,library,api,kind,resolution\n"
        + "u1,a.py,python,third,1,transformers,transformers.pipeline,pipeline,literal\n");

    assertThat(run("--work-dir", dir.resolve("work").toString(), "usage", "import", file.toString())).isEqualTo(1);
    assertThat(last.err()).contains(file + " line 2, column 'line': 'third' is not a value of type INTEGER");
  }

  private int run(String... args) {
    last = CliRun.of(CliRun.concat(new String[] {"--config", config.toString()}, args));
    return last.exitCode();
  }

  @Test
  void writesOneJsonLinePerUsageInPathOrderAndReportsCounts() throws IOException {
    int code = run("usage", "scan", repo.toString());

    assertThat(code).isZero();
    List<String> lines = last.out().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("path").asText()).endsWith("src/embed.py");
    assertThat(first.get("model_id").asText()).isEqualTo("sentence-transformers/all-MiniLM-L6-v2");
    assertThat(first.get("api_sequence").toString()).contains("model.encode");
    assertThat(first.get("blob_sha").asText()).hasSize(40);
    JsonNode second = json.readTree(lines.get(1));
    assertThat(second.get("model_id").asText()).isEqualTo("google-bert/bert-base-uncased");
    assertThat(last.err())
        .contains("3 files (2 parsed, 1 prefiltered").contains("2 usages");
  }

  @Test
  void scansJupyterNotebooksPointingIntoTheNotebookFile() throws IOException {
    Path notebooks = dir.resolve("notebooks");
    Files.createDirectories(notebooks);
    Files.writeString(notebooks.resolve("explore.ipynb"), """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": ["Trying `openai-community/gpt2` first."]
          },
          {
           "cell_type": "code",
           "execution_count": 1,
           "metadata": {},
           "outputs": [],
           "source": [
            "!pip install transformers\\n",
            "from transformers import pipeline\\n",
            "generator = pipeline(\\"text-generation\\", model=\\"openai-community/gpt2\\")\\n",
            "generator(\\"Hello\\", max_new_tokens=5)"
           ]
          }
         ],
         "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """);

    int code = run("usage", "scan", notebooks.toString());

    assertThat(code).as(last.err()).isZero();
    List<String> lines = last.out().lines().toList();
    assertThat(lines).as(last.err()).hasSize(1);
    JsonNode usage = new ObjectMapper().readTree(lines.get(0));
    assertThat(usage.get("path").asText()).endsWith("explore.ipynb");
    assertThat(usage.get("line").asInt()).isEqualTo(16);
    assertThat(usage.get("model_id").asText()).isEqualTo("openai-community/gpt2");
    assertThat(usage.get("api_sequence").toString()).contains("pipeline()");
    assertThat(last.err()).contains("1 files (1 parsed");
  }

  @Test
  void aDirectoryScanFollowsAStarImportOfTheProjectsOwnModuleAndRecordsConditionalIds() throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("pkg"));
    Files.writeString(project.resolve("pkg/__init__.py"), "");
    Files.writeString(project.resolve("pkg/settings.py"), "from transformers import AutoTokenizer\n");
    Files.writeString(project.resolve("pkg/run.py"), """
        from .settings import *
        import sys

        tokenizer = AutoTokenizer.from_pretrained("gpt2" if len(sys.argv) > 1 else "distilgpt2")
        """);

    int code = run("usage", "scan", project.toString());

    assertThat(code).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> usages = new java.util.ArrayList<>();
    for (String line : last.out().lines().toList()) {
      usages.add(json.readTree(line));
    }
    assertThat(usages).extracting(u -> u.get("model_literal").asText()).containsExactly("gpt2", "distilgpt2");
    assertThat(usages).extracting(u -> u.get("condition").asText()).containsOnly("len(sys.argv) > 1");
    assertThat(usages).extracting(u -> u.get("usage_id").asText()).doesNotHaveDuplicates();
  }

  @Test
  void writesCsvWithHeaderToTheOutputFile() throws IOException {
    Path csv = dir.resolve("usages.csv");

    int code = run("usage", "scan", "--format", "csv", "--output", csv.toString(), repo.resolve("train.py").toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("usage_id,repository,path,blob_sha,language,line,col,library,api,kind");
    assertThat(lines.get(1)).contains(",transformers,transformers.AutoModel.from_pretrained,model,bert-base-uncased,");
    assertThat(last.out()).isEmpty();
  }

  @Test
  void recordsFilesOverTheSizeCapAsSkipped() throws IOException {
    Files.writeString(config, "usage:\n  native-dir: " + Path.of("target", "tree-sitter-natives").toAbsolutePath()
        + "\n  max-file-bytes: 100\n");

    int code = run("usage", "scan", repo.toString());

    assertThat(code).isZero();
    assertThat(last.err()).contains("embed.py: too-large").contains("1 too large");
  }

  @Test
  void rejectsAMissingPathAsAUsageError() {
    int code = run("usage", "scan", dir.resolve("nope").toString());

    assertThat(code).isEqualTo(2);
    assertThat(last.err()).contains("nope: no such file or directory");
  }

  @Test
  void anOutputThatCannotBeWrittenIsNamedNotSomeTemporaryFile() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("notes.txt"), "x");
    Path output = notADirectory.resolve("usages.jsonl");

    assertThat(run("usage", "scan", repo.toString(), "--output", output.toString())).isEqualTo(2);
    assertThat(last.err()).contains("--output " + output + ": " + notADirectory + " is not a directory")
        .doesNotContain(".part");
  }
}
