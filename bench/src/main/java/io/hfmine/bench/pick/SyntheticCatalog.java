package io.hfmine.bench.pick;

import io.hfmine.datasets.hf.ModelRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic catalog for the model-search benchmark: models with Hub metadata (tags, task,
 * library, licence, languages, safetensors sizes, downloads on a heavy tail) and cards in the
 * shapes real cards take (Trainer cards with a model-index, the model-card template with
 * unfilled placeholders, hand-written READMEs, one-line cards). Phrases are drawn from small
 * vocabularies, so cards share wording the way real cards of one task do.
 */
public final class SyntheticCatalog {
  /** A model and its card (null for a model without card). */
  public record Model(ModelRecord record, String card) {
  }

  private static final String[][] TASKS = {
      {"text-classification", "classifies", "texts into categories", "label"},
      {"token-classification", "tags", "named entities in sentences", "entity"},
      {"text-generation", "writes", "text continuations and answers to prompts", "generate"},
      {"text2text-generation", "rewrites", "input text into a target text", "rewrite"},
      {"summarization", "summarises", "long documents into short abstracts", "summary"},
      {"translation", "translates", "sentences between languages", "translate"},
      {"question-answering", "answers", "questions from a passage", "answer"},
      {"fill-mask", "predicts", "masked words in sentences", "mask"},
      {"sentence-similarity", "embeds", "sentences for semantic search", "embedding"},
      {"feature-extraction", "encodes", "documents into vectors", "vector"},
      {"automatic-speech-recognition", "transcribes", "speech recordings into text", "speech"},
      {"audio-classification", "classifies", "audio clips by sound event", "audio"},
      {"text-to-speech", "reads", "text aloud as speech", "voice"},
      {"image-classification", "classifies", "photos into classes", "image"},
      {"object-detection", "detects", "objects in images with boxes", "detect"},
      {"image-segmentation", "segments", "images into regions", "segment"},
      {"image-to-text", "captions", "images with short descriptions", "caption"},
      {"text-to-image", "generates", "images from text prompts", "diffusion"},
      {"tabular-classification", "predicts", "classes from tabular features", "tabular"},
      {"time-series-forecasting", "forecasts", "future values of time series", "forecast"}};
  private static final String[] DOMAINS = {"news", "medical", "legal", "finance", "code", "sql", "social media",
      "customer reviews", "scientific papers", "e-commerce", "education", "chat", "biology", "music", "sports",
      "patents", "emails", "recipes", "games", "energy"};
  private static final String[] DATASETS = {"imdb", "sst2", "glue", "squad", "squad_v2", "conll2003", "wikiann",
      "cnn_dailymail", "xsum", "common_voice", "librispeech_asr", "coco", "imagenet-1k", "cifar10", "spider", "wikisql",
      "code_search_net", "pubmed", "ag_news", "yelp_review_full", "amazon_polarity", "tweet_eval", "emotion", "mnli",
      "snli", "wmt16", "opus100", "oscar", "c4", "the_pile", "alpaca", "dolly", "ultrachat", "mozilla_cv", "voxceleb",
      "ade20k", "cityscapes", "kitti", "electricity", "adult"};
  private static final String[] BASES = {"bert-base-uncased", "roberta-base", "distilbert-base-uncased", "t5-small",
      "t5-base", "gpt2", "opt-350m", "llama-2-7b", "mistral-7b", "whisper-small", "vit-base-patch16-224", "resnet-50",
      "deberta-v3-base", "xlm-roberta-base", "bart-large", "codet5-small", "stable-diffusion-v1-5", "detr-resnet-50"};
  private static final String[] LICENSES = {"apache-2.0", "apache-2.0", "apache-2.0", "mit", "mit", "cc-by-4.0",
      "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "openrail", "creativeml-openrail-m", "llama2", "llama3", "gemma", "gpl-3.0",
      "bsd-3-clause", "cc-by-sa-4.0", "other", "unknown", null, null};
  private static final String[] LANGUAGES = {"en", "en", "en", "en", "fr", "de", "es", "zh", "ja", "ar", "ru", "pt",
      "hi", "ko", "it", "nl", "multilingual"};
  private static final String[] WORDS = {"robust", "fast", "accurate", "lightweight", "distilled", "quantised",
      "multilingual", "domain-adapted", "instruction-tuned", "compact", "large", "efficient", "open", "experimental"};

  private SyntheticCatalog() {
  }

  public static List<Model> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Model> models = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      models.add(model(i, random));
    }
    return models;
  }

  private static Model model(int i, SplittableRandom random) {
    String[] task = TASKS[random.nextInt(TASKS.length)];
    String domain = DOMAINS[random.nextInt(DOMAINS.length)];
    String base = BASES[random.nextInt(BASES.length)];
    String dataset = DATASETS[random.nextInt(DATASETS.length)];
    String license = LICENSES[random.nextInt(LICENSES.length)];
    String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
    double parameters = Math.pow(10, 6.6 + random.nextDouble() * 4.3);
    String size = parameters >= 1e9 ? String.format(Locale.ROOT, "%.0fb", parameters / 1e9)
        : String.format(Locale.ROOT, "%.0fm", parameters / 1e6);
    String id = "org" + (i % 5_000) + "/" + base.split("-")[0] + "-" + domain.replace(' ', '-') + "-" + task[3] + "-"
        + size + "-" + i;
    List<String> tags = new ArrayList<>(List.of("transformers", random.nextBoolean() ? "pytorch" : "tf", task[0],
        language));
    if (random.nextInt(3) > 0) {
      tags.add("safetensors");
    }
    tags.add("dataset:" + dataset);
    if (license != null) {
      tags.add("license:" + license);
    }
    long downloads = (long) Math.floor(Math.pow(10, random.nextDouble() * 6.5));
    String dtype = parameters > 1e9 ? "BF16" : random.nextBoolean() ? "F32" : "F16";
    String safetensors = tags.contains("safetensors")
        ? "{\"parameters\":{\"" + dtype + "\":" + (long) parameters + "},\"total\":" + (long) parameters + "}" : null;
    String gated = random.nextInt(20) == 0 ? "manual" : random.nextInt(20) == 0 ? "auto" : "false";
    ModelRecord record = new ModelRecord(id, id.substring(0, id.indexOf('/')), downloads, downloads / 200, tags, task[0],
        "transformers", Instant.ofEpochSecond(1_650_000_000L + i * 600L), Instant.ofEpochSecond(1_700_000_000L + i * 300L),
        gated, false, Long.toHexString(i * 2_654_435_761L), null, safetensors);
    String card = switch (random.nextInt(4)) {
      case 0 -> trainerCard(id, task, base, dataset, license, random);
      case 1 -> templateCard(id, task, domain, language, license, random);
      case 2 -> readme(id, task, domain, dataset, license, language, random);
      default -> random.nextInt(3) == 0 ? null : "# " + id + "\n\nA " + WORDS[random.nextInt(WORDS.length)]
          + " model that " + task[1] + " " + task[2] + ".\n";
    };
    return new Model(record, card);
  }

  private static String header(String license, String language, String dataset) {
    StringBuilder header = new StringBuilder("---\n");
    if (license != null) {
      header.append("license: ").append(license).append('\n');
    }
    if (language != null) {
      header.append("language:\n- ").append(language).append('\n');
    }
    if (dataset != null) {
      header.append("datasets:\n- ").append(dataset).append('\n');
    }
    return header.append("---\n\n").toString();
  }

  private static String trainerCard(String id, String[] task, String base, String dataset, String license,
      SplittableRandom random) {
    double accuracy = 0.6 + random.nextDouble() * 0.39;
    return "---\n" + (license == null ? "" : "license: " + license + "\n") + "base_model: " + base
        + "\ntags:\n- generated_from_trainer\nmodel-index:\n- name: " + id.substring(id.indexOf('/') + 1)
        + "\n  results:\n  - task:\n      type: " + task[0] + "\n    dataset:\n      name: " + dataset + "\n      type: "
        + dataset + "\n    metrics:\n    - type: accuracy\n      value: " + String.format(Locale.ROOT, "%.4f", accuracy)
        + "\n---\n\n# " + id.substring(id.indexOf('/') + 1) + "\n\nThis model is a fine-tuned version of " + base
        + " on the " + dataset + " dataset.\nIt achieves the following results on the evaluation set:\n- Loss: "
        + String.format(Locale.ROOT, "%.4f", random.nextDouble()) + "\n- Accuracy: "
        + String.format(Locale.ROOT, "%.4f", accuracy) + "\n\n## Model description\n\nMore information needed\n\n"
        + "## Intended uses & limitations\n\nMore information needed\n\n## Training and evaluation data\n\n"
        + "More information needed\n\n## Training procedure\n\n### Training hyperparameters\n\n- learning_rate: 2e-05\n"
        + "- train_batch_size: " + (8 << random.nextInt(3)) + "\n- num_epochs: " + (1 + random.nextInt(5)) + "\n";
  }

  private static String templateCard(String id, String[] task, String domain, String language, String license,
      SplittableRandom random) {
    boolean bias = random.nextBoolean();
    return header(license, language, null) + "# Model Card for " + id + "\n\n<!-- Provide a quick summary of what the "
        + "model is/does. -->\n\nA model that " + task[1] + " " + task[2] + " in the " + domain + " domain.\n\n"
        + "## Model Details\n\n### Model Description\n\n- **Developed by:** [More Information Needed]\n"
        + "- **Model type:** [More Information Needed]\n- **Language(s) (NLP):** " + language + "\n\n## Uses\n\n"
        + "### Direct Use\n\nUse it to " + task[1].replaceAll("s$", "") + " " + domain + " data.\n\n"
        + "### Out-of-Scope Use\n\n[More Information Needed]\n\n## Bias, Risks, and Limitations\n\n"
        + (bias ? "It reflects the biases of its " + domain + " training data and fails on very long inputs.\n"
            : "[More Information Needed]\n") + "\n## Training Details\n\n### Training Data\n\n[More Information Needed]\n";
  }

  private static String readme(String id, String[] task, String domain, String dataset, String license, String language,
      SplittableRandom random) {
    String adjective = WORDS[random.nextInt(WORDS.length)];
    return header(license, language, dataset) + id.substring(id.indexOf('/') + 1) + "\n"
        + "=".repeat(Math.min(40, id.length())) + "\n\nA " + adjective + " model that " + task[1] + " " + task[2]
        + " for " + domain + ", trained on " + dataset + ".\n\n**Limitations**\n\nQuality drops outside " + domain
        + " and on inputs unlike " + dataset + ".\n\n**Evaluation**\n\n" + String.format(Locale.ROOT, "%.1f", 50
        + random.nextDouble() * 49) + " on the " + dataset + " test split.\n";
  }
}
