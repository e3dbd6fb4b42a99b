package io.hfmine.bench;

import java.util.SplittableRandom;

/**
 * Synthetic Hugging Face model cards for the SE-task benchmark, generated from an index (so any
 * card can be rebuilt without keeping 200,000 of them in memory). They mimic the Hub's mix: YAML
 * front matter, Trainer templates with hyper-parameter lists and result tables, free English text
 * over a Zipf-distributed vocabulary with a long tail of rare tokens (ids, versions, hashes), code
 * blocks, and in about one card in twelve software-engineering phrases, identifiers and logging
 * code that the matcher and its rules must handle. No real card text is used.
 */
final class SyntheticCards {
  private static final String[] COMMON = ("the of and to a in is for on with this that model be are as by it from at "
      + "an or was we which not has can trained on data dataset training evaluation results fine tuned version base "
      + "language text learning rate batch size epochs optimizer adam loss accuracy f1 precision recall task tasks "
      + "performance set test validation split used using use uses intended limitations bias more information needed "
      + "following hyperparameters were during framework versions transformers pytorch datasets tokenizers english "
      + "classification generation translation summarization question answering sentiment image audio speech tokens "
      + "sequence length output input inference example examples how get started code license apache mit please cite "
      + "paper authors released research purposes only downstream users should aware risks users both direct "
      + "checkpoint checkpoints weights parameters layers hidden attention heads vocabulary fast slow small large "
      + "better best score scores benchmark benchmarks table below above see our repository github details card "
      + "system software program results").split(" ");
  private static final String[] SE = {
      "This model was fine-tuned for code generation in Python.",
      "It supports code completion and unit test generation for Java methods.",
      "We use it for program repair of small bugs.",
      "The model performs code summarization and code search.",
      "It classifies requirements as functional or non-functional.",
      "Useful for log parsing and anomaly detection in system logs.",
      "It helps with debugging and code review of pull requests.",
      "The training logs are attached and the test log is below.",
      "This is software designed to answer questions.",
      "It was trained for speaker verification.",
      "Set debug_mode=True or pass --debug to print scores.",
      "```python\nimport logging\nlogger = logging.getLogger(__name__)\nlogger.debug(\"loaded\")\n```",
  };
  private static final String[] TEMPLATE = {
      "## Model description", "More information needed", "## Intended uses & limitations", "More information needed",
      "## Training procedure", "### Training hyperparameters", "The following hyperparameters were used during training:",
      "- learning_rate: 2e-05", "- train_batch_size: 16", "- seed: 42", "- optimizer: Adam with betas=(0.9,0.999)",
      "- num_epochs: 3", "### Training results", "| Training Loss | Epoch | Step | Validation Loss | Accuracy |",
      "|:---:|:---:|:---:|:---:|:---:|", "| 0.3412 | 1.0 | 500 | 0.2871 | 0.9012 |", "### Framework versions",
      "- Transformers 4.36.2", "- Pytorch 2.1.0+cu121"};
  private static final double[] ZIPF = CardDedupBenchmark.zipfCumulative(COMMON.length);

  private SyntheticCards() {
  }

  static String card(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    StringBuilder text = new StringBuilder(2048);
    text.append("---\nlicense: apache-2.0\ntags:\n- generated_from_trainer\n");
    if (random.nextInt(8) == 0) {
      text.append("- code\n");
    }
    text.append("model-index:\n- name: run-").append(Long.toHexString(random.nextLong())).append("\n---\n\n");
    text.append("# ").append(word(random)).append('-').append(Long.toHexString(random.nextLong() & 0xffffff))
        .append("\n\n");
    if (random.nextInt(2) == 0) {
      for (String line : TEMPLATE) {
        text.append(line).append('\n');
      }
      text.append('\n');
    }
    int sentences = 6 + random.nextInt(30);
    for (int s = 0; s < sentences; s++) {
      int words = 6 + random.nextInt(18);
      for (int w = 0; w < words; w++) {
        if (random.nextInt(40) == 0) {
          // the long tail: ids, versions, hashes, unseen words
          text.append(switch (random.nextInt(4)) {
            case 0 -> "v" + random.nextInt(10) + "." + random.nextInt(100);
            case 1 -> Long.toHexString(random.nextLong());
            case 2 -> "run" + random.nextInt(1_000_000);
            default -> rareWord(random);
          });
        } else {
          text.append(word(random));
        }
        text.append(' ');
      }
      text.setLength(text.length() - 1);
      text.append(s % 5 == 4 ? ".\n\n" : ". ");
    }
    if (random.nextInt(12) == 0) {
      int phrases = 1 + random.nextInt(3);
      for (int p = 0; p < phrases; p++) {
        text.append(SE[random.nextInt(SE.length)]).append("\n\n");
      }
    }
    return text.toString();
  }

  private static String word(SplittableRandom random) {
    int index = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
    return COMMON[Math.min(COMMON.length - 1, index < 0 ? -index - 1 : index)];
  }

  private static String rareWord(SplittableRandom random) {
    char[] letters = new char[5 + random.nextInt(6)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }

}
