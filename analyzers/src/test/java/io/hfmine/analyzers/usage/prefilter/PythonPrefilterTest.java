package io.hfmine.analyzers.usage.prefilter;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.signatures.CalleePattern;
import io.hfmine.analyzers.usage.signatures.IdArgument;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonPrefilterTest {
  private final PythonPrefilter shipped = new PythonPrefilter(SignatureCatalog.shipped());

  private boolean passes(String source) {
    return shipped.mayLoadModel(source.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void aKeywordWithItsLibraryImportedPasses() {
    assertThat(passes("from transformers import pipeline\nclf = pipeline('sentiment-analysis')\n")).isTrue();
    assertThat(passes("import transformers as tf\nm = tf.AutoModel.from_pretrained('gpt2')\n")).isTrue();
    assertThat(passes("x = 1\n\n    import timm.models as tm\nnet = tm.create_model('resnet50')\n")).isTrue();
  }

  @Test
  void aDownloaderOfAnyUrlPassesOnlyWithALinkToTheHubSomewhereInTheFile() {
    String call = "state = torch.hub.load_state_dict_from_url(URL)\n";
    assertThat(passes("import torch\nURL = 'https://download.example.org/resnet50.pth'\n" + call)).isFalse();
    // The link, the import and the downloader's name may come in any order.
    assertThat(passes("import torch\nURL = 'https://huggingface.co/acme/depth/resolve/main/depth.pt'\n" + call)).isTrue();
    assertThat(passes("URL = 'https://hf.co/acme/depth/resolve/main/depth.pt'\nimport torch\n" + call)).isTrue();
    assertThat(passes(call + "import torch\nURL = 'https://huggingface.co/acme/depth/resolve/main/depth.pt'\n")).isTrue();
    // Without the library imported, a link and the name are not enough.
    assertThat(passes("URL = 'https://huggingface.co/acme/depth/resolve/main/depth.pt'\n" + call)).isFalse();
    // A link does not stand in for the keyword of a loader that is no downloader.
    assertThat(passes("import timm\n# weights: https://huggingface.co/timm\nnet = timm.create_model('resnet50')\n")).isTrue();
    assertThat(passes("import torch\nURL = 'https://huggingface.co/acme/depth/resolve/main/depth.pt'\n")).isFalse();
  }

  @Test
  void aKeywordWithAStarImportPassesOnlyWhenStarImportsOfProjectModulesAreFollowed() {
    byte[] source = "from settings import *\nm = AutoModel.from_pretrained('gpt2')\n".getBytes(StandardCharsets.UTF_8);
    byte[] spaced = "from .common import  *\nm = AutoModel.from_pretrained('gpt2')\n".getBytes(StandardCharsets.UTF_8);
    byte[] noKeyword = "from settings import *\nprint(MAX_LENGTH)\n".getBytes(StandardCharsets.UTF_8);
    byte[] product = "x = a import_ * 2\nm = AutoModel.from_pretrained('gpt2')\n".getBytes(StandardCharsets.UTF_8);

    assertThat(shipped.mayLoadModel(source, false, false)).isFalse();
    assertThat(shipped.mayLoadModel(source, false, true)).isTrue();
    assertThat(shipped.mayLoadModel(spaced, false, true)).isTrue();
    assertThat(shipped.mayLoadModel(noKeyword, false, true)).isFalse();
    assertThat(shipped.mayLoadModel(product, false, true)).isFalse();
  }

  @Test
  void aKeywordWithoutAnImportOfItsLibraryDoesNotPass() {
    assertThat(passes("from sklearn.pipeline import Pipeline\npipeline = Pipeline([])\n")).isFalse();
    // The library is imported, but not one whose signatures use this keyword.
    assertThat(passes("import torch\nmodel = MyNet.from_pretrained('x')\n")).isFalse();
  }

  @Test
  void anImportShownInADocstringOrStringIsNotAnImport() {
    assertThat(passes("def load():\n    \"\"\"\n    >>> from diffusers import DiffusionPipeline\n"
        + "    >>> pipe = DiffusionPipeline.from_pretrained(repo)\n    \"\"\"\n")).isFalse();
    assertThat(passes("print('pip install transformers; then pipeline(task)')\n")).isFalse();
    assertThat(passes("import mytransformers\nfrom x.transformers import y\npipeline(t)\n")).isFalse();
  }

  @Test
  void importsAfterAColonOrSemicolonOrInAListOrAcrossContinuationsCount() {
    assertThat(passes("try: import timm\nexcept ImportError: timm = None\nm = timm.create_model(a)\n")).isTrue();
    assertThat(passes("import os; import sentence_transformers as st\nst.SentenceTransformer(m)\n")).isTrue();
    assertThat(passes("import os, numpy as np, transformers\nm = transformers.pipeline('x')\n")).isTrue();
    assertThat(passes("import os, \\\n    transformers\nm = transformers.pipeline('x')\n")).isTrue();
    assertThat(passes("from \\\r\n  huggingface_hub import hf_hub_download\n")).isTrue();
    assertThat(passes("from transformers import (\n    pipeline,\n)\n")).isTrue();
  }

  @Test
  void aNameImportedFromAnotherModuleIsNotTheLibrary() {
    assertThat(passes("from mypkg import transformers\ntransformers.pipeline('x')\n")).isFalse();
    assertThat(passes("from mypkg import a, transformers\ntransformers.pipeline('x')\n")).isFalse();
  }

  @Test
  void eachPackageAClassMovedBetweenCountsAsItsLibrary() {
    assertThat(passes("from langchain_community.embeddings import HuggingFaceEmbeddings\n")).isTrue();
    assertThat(passes("from langchain.embeddings import HuggingFaceInstructEmbeddings\n")).isTrue();
    assertThat(passes("from langchain_huggingface import HuggingFaceEmbeddings\n")).isTrue();
    assertThat(passes("from my_tools import HuggingFaceEmbeddings\n")).isFalse();
  }

  @Test
  void aByteOrderMarkBeforeTheFirstImportIsAllowed() {
    assertThat(passes("\uFEFFfrom transformers import pipeline\npipeline('x')\n")).isTrue();
  }

  @Test
  void notebookCodeInJsonStringsPasses() {
    String lines = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import os\\n\","
        + " \"from transformers import pipeline\\n\", \"p = pipeline('x')\"]}]}";
    String oneString = "{\"cells\": [{\"cell_type\": \"code\", \"source\":"
        + " \"import os\\nfrom transformers import pipeline\\np = pipeline('x')\"}]}";
    assertThat(shipped.mayLoadModel(lines.getBytes(StandardCharsets.UTF_8), true)).isTrue();
    assertThat(shipped.mayLoadModel(oneString.getBytes(StandardCharsets.UTF_8), true)).isTrue();
    assertThat(shipped.mayLoadModel("{\"source\": [\"pipeline = make()\"]}".getBytes(StandardCharsets.UTF_8), true))
        .isFalse();
  }

  @Test
  void aSignatureThatNamesNoLibraryLetsItsKeywordThroughAlone() {
    PythonPrefilter anyLibrary = new PythonPrefilter(new SignatureCatalog(List.of(new PythonSignature("any",
        new CalleePattern("**.load_weights"), "model", new IdArgument(0, null, null), null, null, null, null,
        null, false, null, null, null, null, null, null, false, false))));
    assertThat(anyLibrary.mayLoadModel("net.load_weights('x')\n".getBytes(StandardCharsets.UTF_8), false)).isTrue();
    assertThat(anyLibrary.mayLoadModel("net.save('x')\n".getBytes(StandardCharsets.UTF_8), false)).isFalse();
  }
}
