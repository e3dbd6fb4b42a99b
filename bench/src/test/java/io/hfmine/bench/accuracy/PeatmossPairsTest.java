package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.bench.accuracy.PeatmossPairs.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PeaTMOSS's {@code usage1_hf_file_<api>.csv} files into (API, repository, file, id) pairs. */
class PeatmossPairsTest {
  private static final String HEADER = "github_url,file_path,signature,static_match\n";

  @TempDir
  Path dir;

  @Test
  void eachIdOfARowIsOnePairNamedByTheApiOfItsFile() throws IOException {
    write("usage1_hf_file_transformers_pipeline.csv",
        "github.com/acme/app,src/run.py,transformers.pipeline;transformers.pipeline,acme/tiny-model; acme/small-model\n");
    assertThat(PeatmossPairs.read(dir).pairs()).containsExactly(
        new Pair("transformers_pipeline", "acme/app", "src/run.py", "acme/tiny-model"),
        new Pair("transformers_pipeline", "acme/app", "src/run.py", "acme/small-model"));
  }

  @Test
  void blankIdsAreDroppedAndRepeatedPairsCountOnce() throws IOException {
    write("usage1_hf_file_spacy_load.csv",
        "github.com/acme/app,nlp.py,spacy.load,spacy/xx_tiny_sm;;\n",
        "github.com/acme/app,nlp.py,spacy.load,spacy/xx_tiny_sm\n",
        "github.com/acme/app,empty.py,spacy.load,\n");
    assertThat(PeatmossPairs.read(dir).pairs())
        .containsExactly(new Pair("spacy_load", "acme/app", "nlp.py", "spacy/xx_tiny_sm"));
  }

  @Test
  void theSamePairUnderTwoApisIsTwoPairsInTheOrderOfTheFileNames() throws IOException {
    write("usage1_hf_file_timm_create_model.csv", "github.com/acme/app,a.py,timm.create_model,timm/tinynet_a\n");
    write("usage1_hf_file_diffusers_from_pretrained.csv", "github.com/acme/app,a.py,x,timm/tinynet_a\n");
    assertThat(PeatmossPairs.read(dir).pairs()).extracting(Pair::api)
        .containsExactly("diffusers_from_pretrained", "timm_create_model");
  }

  @Test
  void aUrlWithoutTheGithubHostIsTakenAsTheRepository() throws IOException {
    write("usage1_hf_file_spacy_load.csv", "acme/app,\"a, b.py\",spacy.load,spacy/xx_tiny_sm\n");
    assertThat(PeatmossPairs.read(dir).pairs())
        .containsExactly(new Pair("spacy_load", "acme/app", "a, b.py", "spacy/xx_tiny_sm"));
  }

  @Test
  void otherFilesOfTheFolderAreNotRead() throws IOException {
    write("usage1_hf_file_spacy_load.csv", "github.com/acme/app,nlp.py,spacy.load,spacy/xx_tiny_sm\n");
    Files.writeString(dir.resolve("usage1_hf_file_spacy_load.csv.bak"), "not,a,csv\n");
    Files.writeString(dir.resolve("models.csv"), "id\nacme/tiny-model\n");
    assertThat(PeatmossPairs.read(dir).pairs()).hasSize(1);
  }

  @Test
  void aFolderWithoutMatchesIsAnErrorNamingIt() throws IOException {
    Files.writeString(dir.resolve("models.csv"), "id\n");
    assertThatThrownBy(() -> PeatmossPairs.read(dir)).isInstanceOf(IOException.class)
        .hasMessage(dir + " holds no usage1_hf_file_*.csv file");
  }

  @Test
  void aFileWithoutTheExpectedColumnsIsAnErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("usage1_hf_file_spacy_load.csv");
    Files.writeString(file, "github_url,file_path\ngithub.com/acme/app,nlp.py\n");
    assertThatThrownBy(() -> PeatmossPairs.read(dir)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": ");
  }

  @Test
  void aShortRowIsAnErrorNamingTheFile() throws IOException {
    Path file = write("usage1_hf_file_spacy_load.csv", "github.com/acme/app,nlp.py\n");
    assertThatThrownBy(() -> PeatmossPairs.read(dir)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": ");
  }

  private Path write(String name, String... rows) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + String.join("", rows));
    return file;
  }
}
