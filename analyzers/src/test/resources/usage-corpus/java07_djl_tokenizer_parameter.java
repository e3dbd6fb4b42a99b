package demo;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

public class Param {
  HuggingFaceTokenizer of(String id) throws Exception {
    return HuggingFaceTokenizer.newInstance(id);
  }
}
