package io.hfmine.analyzers.patterns.synthetic;

import io.hfmine.analyzers.patterns.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates usages of one model with known (planted) patterns, for validation and benchmarks.
 *
 * <p>Each planted pattern is a realistic Hugging Face workflow (a call sequence, keyword
 * arguments and a kind). Every generated usage follows one of them with the noise real code has:
 * calls dropped or inserted (logging, device moves), receivers renamed ({@code self.model.x},
 * {@code m.x}), keyword arguments left out or added. Patterns share calls such as
 * {@code from_pretrained}, so separating them is not trivial.
 */
public final class PlantedUsages {
  /** A usage and the pattern it was generated from. */
  public record Planted(Usage usage, int pattern) { }

  private record Template(String api, String kind, List<String> calls, List<String> keywords) { }

  private static final List<Template> TEMPLATES = List.of(
      new Template("transformers.pipeline", "pipeline",
          List.of("transformers.pipeline", "classifier", "result.get"), List.of("task", "model")),
      new Template("transformers.AutoModel.from_pretrained", "model",
          List.of("transformers.AutoTokenizer.from_pretrained", "transformers.AutoModel.from_pretrained", "tokenizer",
              "torch.no_grad", "model", "outputs.last_hidden_state.mean"), List.of()),
      new Template("transformers.AutoModelForSequenceClassification.from_pretrained", "model",
          List.of("transformers.AutoModelForSequenceClassification.from_pretrained", "transformers.TrainingArguments",
              "transformers.Trainer", "trainer.train", "trainer.evaluate", "trainer.save_model"),
          List.of("num_labels")),
      new Template("transformers.AutoModelForCausalLM.from_pretrained", "model",
          List.of("transformers.AutoTokenizer.from_pretrained", "transformers.AutoModelForCausalLM.from_pretrained",
              "tokenizer.apply_chat_template", "model.generate", "tokenizer.decode"),
          List.of("torch_dtype", "device_map")),
      new Template("sentence_transformers.SentenceTransformer", "model",
          List.of("sentence_transformers.SentenceTransformer", "model.encode", "util.cos_sim"), List.of("device")),
      new Template("transformers.AutoTokenizer.from_pretrained", "tokenizer",
          List.of("transformers.AutoTokenizer.from_pretrained", "tokenizer.tokenize", "tokenizer.convert_tokens_to_ids",
              "len"), List.of("use_fast")),
      new Template("peft.PeftModel.from_pretrained", "adapter",
          List.of("transformers.AutoModelForCausalLM.from_pretrained", "peft.PeftModel.from_pretrained",
              "model.merge_and_unload", "model.save_pretrained"), List.of("is_trainable")),
      new Template("huggingface_hub.hf_hub_download", "model",
          List.of("huggingface_hub.hf_hub_download", "torch.load", "model.load_state_dict", "model.eval"),
          List.of("repo_id", "filename")));

  private static final List<String> NOISE_CALLS = List.of(
      "print", "logger.info", "model.to", "torch.cuda.is_available", "os.path.join", "time.time", "tqdm", "json.dump");
  private static final List<String> NOISE_KEYWORDS = List.of("cache_dir", "revision", "token", "trust_remote_code");
  private static final java.util.Set<String> LOCALS =
      java.util.Set.of("model", "tokenizer", "trainer", "outputs", "result", "classifier");
  private static final List<String> RECEIVERS = List.of("", "self.", "m.", "self.encoder.");

  private PlantedUsages() {
  }

  /** The number of patterns available. */
  public static int patternCount() {
    return TEMPLATES.size();
  }

  /** {@code n} usages of {@code modelId} drawn from the first {@code patterns} patterns, reproducibly. */
  public static List<Planted> generate(String modelId, int n, int patterns, long seed) {
    if (patterns < 1 || patterns > TEMPLATES.size()) {
      throw new IllegalArgumentException("patterns must be in 1.." + TEMPLATES.size() + ", was " + patterns);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Planted> planted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // Skewed popularity, as in real data: pattern p is drawn with weight 1 / (p + 1).
      int pattern = skewed(random, patterns);
      Template template = TEMPLATES.get(pattern);
      List<String> calls = new ArrayList<>();
      String receiver = RECEIVERS.get(random.nextInt(RECEIVERS.size()));
      for (String call : template.calls()) {
        if (!call.equals(template.api()) && random.nextDouble() < 0.1) {
          continue;
        }
        calls.add(LOCALS.contains(call.split("\\.")[0]) ? receiver + call : call);
        if (random.nextDouble() < 0.15) {
          calls.add(NOISE_CALLS.get(random.nextInt(NOISE_CALLS.size())));
        }
      }
      List<String> keywords = new ArrayList<>();
      for (String keyword : template.keywords()) {
        if (random.nextDouble() >= 0.2) {
          keywords.add(keyword);
        }
      }
      if (random.nextDouble() < 0.15) {
        keywords.add(NOISE_KEYWORDS.get(random.nextInt(NOISE_KEYWORDS.size())));
      }
      String id = String.format("u%07d", i);
      String repository = "user" + random.nextInt(5000) + "/project" + random.nextInt(20);
      String path = "src/" + template.kind() + "_" + (i % 97) + ".py";
      int line = 1 + random.nextInt(400);
      String snippet = snippet(modelId, template, keywords, calls);
      Usage usage = new Usage(id, repository, path, line, template.api().split("\\.")[0], template.api(),
          template.kind(), modelId, keywords, calls, snippet);
      planted.add(new Planted(usage, pattern));
    }
    return planted;
  }

  private static int skewed(SplittableRandom random, int patterns) {
    double total = 0;
    for (int p = 0; p < patterns; p++) {
      total += 1.0 / (p + 1);
    }
    double draw = random.nextDouble() * total;
    for (int p = 0; p < patterns; p++) {
      draw -= 1.0 / (p + 1);
      if (draw <= 0) {
        return p;
      }
    }
    return patterns - 1;
  }

  private static String snippet(String modelId, Template template, List<String> keywords, List<String> calls) {
    StringBuilder code = new StringBuilder();
    StringBuilder arguments = new StringBuilder("\"" + modelId + "\"");
    for (String keyword : keywords) {
      arguments.append(", ").append(keyword).append("=...");
    }
    code.append("x = ").append(template.api()).append('(').append(arguments).append(")\n");
    for (String call : calls) {
      if (!call.equals(template.api())) {
        code.append(call).append("(...)\n");
      }
    }
    return code.toString();
  }
}
