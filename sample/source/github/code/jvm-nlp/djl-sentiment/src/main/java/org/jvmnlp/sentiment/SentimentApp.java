package org.jvmnlp.sentiment;

import ai.djl.modality.Classifications;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.huggingface.translator.TextClassificationTranslatorFactory;

public class SentimentApp {
    public static void main(String[] args) throws Exception {
        Criteria<String, Classifications> criteria = Criteria.builder()
                .setTypes(String.class, Classifications.class)
                .optModelUrls("djl://ai.djl.huggingface.pytorch/distilbert/distilbert-base-uncased-finetuned-sst-2-english")
                .optTranslatorFactory(new TextClassificationTranslatorFactory())
                .build();
        try (ZooModel<String, Classifications> model = criteria.loadModel();
             var predictor = model.newPredictor()) {
            for (String line : args) {
                System.out.println(line + " -> " + predictor.predict(line).best());
            }
        }
    }
}
