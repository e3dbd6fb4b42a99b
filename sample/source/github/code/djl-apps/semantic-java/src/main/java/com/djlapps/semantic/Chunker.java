package com.djlapps.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits documents into chunks that fit the encoder's 256-token window. */
public final class Chunker {
    private final HuggingFaceTokenizer tokenizer;
    private final int window;

    public Chunker(int window) throws IOException {
        this.tokenizer = HuggingFaceTokenizer.newInstance("sentence-transformers/all-MiniLM-L6-v2",
                Map.of("truncation", "false", "addSpecialTokens", "false"));
        this.window = window;
    }

    public List<String> chunk(String document) {
        Encoding encoding = tokenizer.encode(document);
        long[] ids = encoding.getIds();
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < ids.length; start += window) {
            long[] part = java.util.Arrays.copyOfRange(ids, start, Math.min(ids.length, start + window));
            chunks.add(tokenizer.decode(part, true));
        }
        return chunks;
    }
}
