package com.djlapps.semantic.chat;

import dev.langchain4j.model.chat.ChatLanguageModel;
import dev.langchain4j.model.huggingface.HuggingFaceChatModel;

import java.time.Duration;

/** The model that writes answers from retrieved chunks, called through the HF Inference API. */
public final class AnswerModel {
    private AnswerModel() {
    }

    public static ChatLanguageModel create() {
        return HuggingFaceChatModel.builder()
                .accessToken(System.getenv("HF_API_KEY"))
                .modelId("HuggingFaceH4/zephyr-7b-beta")
                .timeout(Duration.ofSeconds(90))
                .temperature(0.3)
                .maxNewTokens(384)
                .waitForModel(true)
                .build();
    }
}
