package io.hfmine.analyzers.usage.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotebookReaderTest {
  private static NotebookCode read(String json) throws Exception {
    return NotebookReader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String notebook(String cells) {
    return "{\n \"cells\": [\n" + cells + "\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
  }

  @Test
  void keepsOnlyCodeCellsWithTheFileLineOfEachSourceLine() throws Exception {
    NotebookCode code = read(notebook("""
          {"cell_type": "markdown", "metadata": {}, "source": ["# gpt2\\n"]},
          {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
            "import torch\\n",
            "x = 1"
          ]}"""));

    assertThat(code.python()).isEqualTo("import torch\nx = 1\n");
    assertThat(code.notebookLines()).containsExactly(5, 6);
  }

  @Test
  void joinsSourceElementsThatDoNotEndTheirLine() throws Exception {
    NotebookCode code = read(notebook("""
          {"cell_type": "code", "source": ["model = load(", "'gpt2')\\n", "y = 2\\n"]}"""));

    assertThat(code.python()).isEqualTo("model = load('gpt2')\ny = 2\n");
    assertThat(code.notebookLines()).containsExactly(3, 3);
  }

  @Test
  void neutralisesShellEscapesMagicsAndHelpKeepingIndentation() throws Exception {
    NotebookCode code = read(notebook("""
          {"cell_type": "code", "source": [
            "%pip install peft\\n",
            "for f in files:\\n",
            "    !wc -l $f\\n",
            "out = !ls\\n",
            "AutoModel.from_pretrained?\\n",
            "x = a != b\\n",
            "# comment?"
          ]}"""));

    assertThat(code.python()).isEqualTo(
        "pass\nfor f in files:\n    pass\npass\npass\nx = a != b\n# comment?\n");
  }

  @Test
  void blanksCellsOfOtherLanguagesButKeepsTimedPythonCells() throws Exception {
    NotebookCode code = read(notebook("""
          {"cell_type": "code", "source": ["%%bash\\n", "python train.py --model gpt2\\n"]},
          {"cell_type": "code", "source": ["%%time\\n", "run()\\n"]}"""));

    assertThat(code.python()).isEqualTo("\n\n\nrun()\n");
  }

  @Test
  void readsTheKernelLanguage() throws Exception {
    NotebookCode code = read("{\"cells\": [], \"metadata\": {\"kernelspec\": {\"language\": \"Julia\"}}}");

    assertThat(code.kernelLanguage()).isEqualTo("julia");
    assertThat(code.isPython()).isFalse();
  }

  @Test
  void takesANotebookWithoutKernelMetadataForPython() throws Exception {
    assertThat(read("{\"cells\": []}").isPython()).isTrue();
  }

  @Test
  void namesWhereBrokenJsonStops() {
    assertThatThrownBy(() -> read("{\n \"cells\": [\n  {\"cell_type\": \"code\", \"source\": [\"x\"\n"))
        .isInstanceOf(NotebookReader.NotANotebookException.class)
        .hasMessageContaining("broken JSON at line");
  }

  @Test
  void refusesJsonThatIsNoNotebook() {
    assertThatThrownBy(() -> read("{\"name\": \"package.json\"}"))
        .hasMessageContaining("no `cells`");
    assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a JSON object");
  }
}
