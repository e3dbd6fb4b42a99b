package lab.embedder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;

/** Counts tokens the way the BGE encoder does, to keep requests under its 512-token limit. */
public final class TokenBudget implements AutoCloseable {
    private static final String MODEL = "BAAI/bge-small-en-v1.5";
    private final HuggingFaceTokenizer tokenizer;

    public TokenBudget() throws IOException {
        tokenizer = HuggingFaceTokenizer.newInstance(MODEL);
    }

    public int count(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    public boolean fits(String text) {
        return count(text) <= 512;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
