package demo;

import dev.langchain4j.model.huggingface.HuggingFaceChatModel;

public class Chat {
  HuggingFaceChatModel model(String token) {
    return HuggingFaceChatModel.builder()
        .accessToken(token)
        .modelId("tiiuae/falcon-7b-instruct")
        .temperature(0.7)
        .build();
  }
}
