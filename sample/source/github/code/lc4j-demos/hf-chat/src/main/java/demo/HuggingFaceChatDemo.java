package demo;

import dev.langchain4j.model.huggingface.HuggingFaceChatModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;

import static java.time.Duration.ofSeconds;

public class HuggingFaceChatDemo {

    public static void main(String[] args) {
        HuggingFaceChatModel model = HuggingFaceChatModel.builder()
                .accessToken(System.getenv("HF_API_KEY"))
                .modelId("mistralai/Mistral-7B-Instruct-v0.2")
                .timeout(ofSeconds(15))
                .temperature(0.7)
                .maxNewTokens(20)
                .waitForModel(true)
                .build();
        System.out.println(model.generate("What is the capital of Germany?"));

        HuggingFaceEmbeddingModel embeddings = HuggingFaceEmbeddingModel.builder()
                .accessToken(System.getenv("HF_API_KEY"))
                .modelId("sentence-transformers/all-MiniLM-L6-v2")
                .build();
        System.out.println(embeddings.embed("Berlin").content().dimension());
    }
}
