package demo;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

public class Tok {
  public Encoding encode(String text) throws Exception {
    HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance("sentence-transformers/all-MiniLM-L6-v2");
    Encoding encoding = tokenizer.encode(text);
    tokenizer.close();
    return encoding;
  }
}
