package io.hfmine.analyzers.issues.taxonomy;

/**
 * Kinds of PTM evidence in an issue. Unmistakable kinds count on their own; contextual ones
 * ("transformers", "ResNet", "checkpoint", "the model") mean a pre-trained model only in a project
 * that reuses them, so their weight follows the project's context.
 */
public enum EvidenceKind {
  /** A Hub model id known to the store. */
  MODEL_ID("model-id", false),
  /** An unmistakable phrase of reuse: "pretrained weights", from_pretrained, torch.hub, model zoo. */
  STRONG("strong", false),
  /** An exception raised by PTM code (GatedRepoError, "Error(s) in loading state_dict"). */
  EXCEPTION("exception", false),
  /** A PTM library imported, installed for the code shown, or in a traceback frame. */
  LIBRARY_IMPORT("library-import", false),
  /** A PTM library named: "transformers" may as well be a project's own data transformers. */
  LIBRARY("library", true),
  /** A named pre-trained model or family, or a weight file (ResNet-50, GloVe, ArcFace, yolov3.weights, .ckpt). */
  MODEL("model", true),
  /** Other phrases about models (checkpoint, embeddings, fine-tuned). */
  PHRASE("phrase", true),
  /** Words common in any machine-learning project (the model, GPU, weights). */
  WEAK("weak", true);

  private final String key;
  private final boolean contextual;

  EvidenceKind(String key, boolean contextual) {
    this.key = key;
    this.contextual = contextual;
  }

  /** The name used in configuration ({@code issues.rules.evidence-weights}) and in evidence. */
  public String key() {
    return key;
  }

  /** Whether the project's context scales this kind's weight. */
  public boolean contextual() {
    return contextual;
  }
}
