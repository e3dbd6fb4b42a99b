package demo;

import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;

public class Embed {
  private static final String MODEL = "djl://ai.djl.huggingface.pytorch/sentence-transformers/all-mpnet-base-v2";

  ZooModel<String, float[]> load() throws Exception {
    Criteria<String, float[]> criteria = Criteria.builder()
        .setTypes(String.class, float[].class)
        .optModelUrls(MODEL)
        .optEngine("PyTorch")
        .build();
    return criteria.loadModel();
  }
}
