package demo;

import dev.langchain4j.model.huggingface.*;

public class Embeddings {
  static final String ORG = "sentence-transformers/";
  static final String EMBEDDER = ORG + "all-MiniLM-L6-v2";

  Object build() {
    return HuggingFaceEmbeddingModel.builder().modelId(Embeddings.EMBEDDER).build();
  }
}
