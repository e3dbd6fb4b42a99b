package io.hfmine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of realistic Python files for the usage benchmarks: modules
 * with imports, docstrings, classes, helpers, comprehensions and, in a chosen share of files,
 * model-loading code of the usual libraries (transformers, diffusers, sentence-transformers,
 * huggingface_hub, timm, peft) with argparse options, constants and follow-up calls.
 */
final class PythonCorpus {
  private static final List<String> MODELS = List.of("bert-base-uncased", "gpt2", "roberta-base",
      "facebook/bart-large-cnn", "sentence-transformers/all-MiniLM-L6-v2", "google/flan-t5-base",
      "meta-llama/Llama-2-7b-hf", "openai/whisper-small", "microsoft/codebert-base", "distilbert-base-uncased");
  private static final List<String> WORDS = List.of("batch", "record", "item", "sample", "value", "score", "label",
      "feature", "row", "column", "token", "window", "offset", "weight", "result", "metric", "config", "path");

  private final Random random;

  PythonCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes files until {@code totalBytes}; every {@code loaderEvery}-th file loads a model. Returns the file count. */
  int write(Path dir, long totalBytes, int loaderEvery) throws IOException {
    Files.createDirectories(dir);
    long written = 0;
    int count = 0;
    while (written < totalBytes) {
      boolean loads = loaderEvery > 0 && count % loaderEvery == 0;
      String text = file(loads, 4_000 + random.nextInt(28_000));
      Path file = dir.resolve("pkg" + (count / 200)).resolve((loads ? "model_" : "mod_") + count + ".py");
      Files.createDirectories(file.getParent());
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      written += bytes.length;
      count++;
    }
    return count;
  }

  String file(boolean loads, int targetChars) {
    StringBuilder out = new StringBuilder(targetChars + 2_000);
    out.append("\"\"\"").append(sentence()).append("\n\n").append(sentence()).append("\n\"\"\"\n");
    out.append("import os\nimport json\nimport logging\nfrom collections import defaultdict\n");
    out.append("from typing import Dict, List, Optional\n\nimport numpy as np\nimport torch\n");
    if (loads) {
      out.append("import argparse\nfrom transformers import AutoTokenizer, AutoModelForSequenceClassification, pipeline\n");
      out.append("from sentence_transformers import SentenceTransformer\nfrom huggingface_hub import hf_hub_download\n");
    }
    out.append("\nlogger = logging.getLogger(__name__)\n");
    out.append("DEFAULT_").append(word().toUpperCase()).append(" = ").append(random.nextInt(1000)).append("\n\n");
    int piece = 0;
    while (out.length() < targetChars) {
      if (loads && piece % 4 == 1) {
        loader(out, piece);
      } else {
        switch (random.nextInt(4)) {
          case 0 -> helper(out, piece);
          case 1 -> klass(out, piece);
          case 2 -> dataFunction(out, piece);
          default -> constants(out, piece);
        }
      }
      piece++;
    }
    if (loads) {
      out.append("""

          if __name__ == "__main__":
              parser = argparse.ArgumentParser()
              parser.add_argument("--model-name", default="%s")
              parser.add_argument("--batch-size", type=int, default=16)
              args = parser.parse_args()
              tokenizer = AutoTokenizer.from_pretrained(args.model_name)
              model = AutoModelForSequenceClassification.from_pretrained(args.model_name, num_labels=2)
              enc = tokenizer(["a", "b"], padding=True, return_tensors="pt")
              print(model(**enc).logits.argmax(-1))
          """.formatted(model()));
    }
    return out.toString();
  }

  private void loader(StringBuilder out, int piece) {
    String model = model();
    switch (random.nextInt(4)) {
      case 0 -> out.append("""

          def load_classifier_%d(device="cpu"):
              \"\"\"Loads the classifier and its tokenizer.\"\"\"
              name = "%s"
              tokenizer = AutoTokenizer.from_pretrained(name)
              model = AutoModelForSequenceClassification.from_pretrained(name, num_labels=3).to(device)
              model.eval()
              return tokenizer, model

          """.formatted(piece, model));
      case 1 -> out.append("""

          class Embedder%d:
              MODEL_ID = "%s"

              def __init__(self):
                  self.model = SentenceTransformer(self.MODEL_ID)

              def embed(self, texts: List[str]) -> np.ndarray:
                  vectors = self.model.encode(texts, batch_size=32, show_progress_bar=False)
                  return np.asarray(vectors)

          """.formatted(piece, model));
      case 2 -> out.append("""

          def summarize_%d(text, max_length=120):
              summarizer = pipeline("summarization", model="%s", device=-1)
              result = summarizer(text, max_length=max_length, min_length=20)
              return result[0]["summary_text"]

          """.formatted(piece, model));
      default -> out.append("""

          def fetch_weights_%d(cache_dir=None):
              path = hf_hub_download(repo_id="%s", filename="config.json", cache_dir=cache_dir)
              with open(path) as handle:
                  return json.load(handle)

          """.formatted(piece, model));
    }
  }

  private void helper(StringBuilder out, int piece) {
    String a = word();
    String b = word();
    out.append("\n\ndef ").append(a).append('_').append(b).append('_').append(piece)
        .append("(").append(a).append("s: List[int], ").append(b).append(": Optional[float] = None) -> Dict[str, float]:\n")
        .append("    \"\"\"").append(sentence()).append("\"\"\"\n")
        .append("    totals = defaultdict(float)\n")
        .append("    for index, ").append(a).append(" in enumerate(").append(a).append("s):\n")
        .append("        if ").append(a).append(" % ").append(2 + random.nextInt(7)).append(" == 0:\n")
        .append("            totals[\"even\"] += ").append(a).append(" * (").append(b).append(" or 1.0)\n")
        .append("        elif index > ").append(random.nextInt(50)).append(":\n")
        .append("            totals[\"late\"] += float(").append(a).append(") / (index + 1)\n")
        .append("        else:\n            # ").append(sentence()).append("\n")
        .append("            totals[\"other\"] -= abs(").append(a).append(")\n")
        .append("    logger.debug(\"%s computed %d entries\", \"").append(a).append("\", len(totals))\n")
        .append("    return {key: round(value, 4) for key, value in sorted(totals.items())}\n");
  }

  private void klass(StringBuilder out, int piece) {
    String name = capital(word()) + capital(word()) + piece;
    out.append("\n\nclass ").append(name).append(":\n")
        .append("    \"\"\"").append(sentence()).append("\"\"\"\n\n")
        .append("    def __init__(self, size: int = ").append(8 + random.nextInt(120)).append(", name: str = \"")
        .append(word()).append("\"):\n")
        .append("        self.size = size\n        self.name = name\n        self._cache = {}\n\n")
        .append("    def __len__(self):\n        return self.size\n\n")
        .append("    def get(self, key, default=None):\n")
        .append("        if key not in self._cache:\n")
        .append("            self._cache[key] = [x ** 2 for x in range(self.size) if x % 3 != 1]\n")
        .append("        return self._cache.get(key, default)\n\n")
        .append("    @property\n    def label(self) -> str:\n")
        .append("        return f\"{self.name}-{self.size:04d}\"\n");
  }

  private void dataFunction(StringBuilder out, int piece) {
    out.append("\n\ndef load_").append(word()).append('_').append(piece).append("(path=\"data/")
        .append(word()).append(".jsonl\"):\n")
        .append("    rows = []\n    with open(path, encoding=\"utf-8\") as handle:\n")
        .append("        for line in handle:\n            line = line.strip()\n")
        .append("            if not line or line.startswith(\"#\"):\n                continue\n")
        .append("            record = json.loads(line)\n")
        .append("            rows.append({\"id\": record.get(\"id\"), \"text\": record.get(\"text\", \"\").lower()})\n")
        .append("    tensor = torch.tensor([len(r[\"text\"]) for r in rows], dtype=torch.float32)\n")
        .append("    return rows, tensor.mean().item() if len(rows) else 0.0\n");
  }

  private void constants(StringBuilder out, int piece) {
    out.append("\n\n").append(word().toUpperCase()).append("_TABLE_").append(piece).append(" = {\n");
    for (int i = 0; i < 4 + random.nextInt(6); i++) {
      out.append("    \"").append(word()).append(i).append("\": (").append(random.nextInt(100)).append(", \"")
          .append(word()).append("\"),\n");
    }
    out.append("}\n");
  }

  private String sentence() {
    StringBuilder s = new StringBuilder(capital(word()));
    for (int i = 0; i < 6 + random.nextInt(8); i++) {
      s.append(' ').append(word());
    }
    return s.append('.').toString();
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private String model() {
    return MODELS.get(random.nextInt(MODELS.size()));
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
