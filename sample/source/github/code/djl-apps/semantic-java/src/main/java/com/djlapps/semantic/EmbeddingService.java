package com.djlapps.semantic;

import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

import java.util.List;

/** Embeds sentences with a sentence-transformers model served by DJL's PyTorch engine. */
public final class EmbeddingService implements AutoCloseable {
    private static final String MODEL_URL = "djl://ai.djl.huggingface.pytorch/sentence-transformers/all-MiniLM-L6-v2";

    private final ZooModel<String, float[]> model;
    private final Predictor<String, float[]> predictor;

    public EmbeddingService() throws Exception {
        Criteria<String, float[]> criteria = Criteria.builder()
                .setTypes(String.class, float[].class)
                .optModelUrls(MODEL_URL)
                .optEngine("PyTorch")
                .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
                .build();
        this.model = criteria.loadModel();
        this.predictor = model.newPredictor();
    }

    public float[] embed(String text) throws TranslateException {
        return predictor.predict(text);
    }

    public List<float[]> embedAll(List<String> texts) throws TranslateException {
        return predictor.batchPredict(texts);
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
