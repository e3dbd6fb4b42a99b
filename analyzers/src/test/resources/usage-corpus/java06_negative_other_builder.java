package demo;

import com.example.llm.OpenAiChatModel;

public class NotHf {
  Object build() {
    return OpenAiChatModel.builder().modelId("gpt-4o").build();
  }
}
