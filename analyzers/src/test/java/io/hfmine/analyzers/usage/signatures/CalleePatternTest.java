package io.hfmine.analyzers.usage.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalleePatternTest {
  @Test
  void aStarStaysInsideOneSegmentAndADoubleStarTakesAnyNumberOfSegments() {
    CalleePattern tokenizer = new CalleePattern("transformers.**.*Tokenizer*.from_pretrained");
    assertThat(tokenizer.matches("transformers.AutoTokenizer.from_pretrained")).isTrue();
    assertThat(tokenizer.matches("transformers.models.bert.BertTokenizerFast.from_pretrained")).isTrue();
    assertThat(tokenizer.matches("transformers.AutoModel.from_pretrained")).isFalse();
    assertThat(new CalleePattern("transformers.*.from_pretrained").matches("transformers.a.b.from_pretrained")).isFalse();
    assertThat(tokenizer.rootModules()).containsExactly("transformers");
  }

  @Test
  void theFirstSegmentMayListThePackagesAClassMovedBetween() {
    CalleePattern embeddings = new CalleePattern("{langchain,langchain_community}.**.HuggingFaceEmbeddings");
    assertThat(embeddings.matches("langchain.embeddings.HuggingFaceEmbeddings")).isTrue();
    assertThat(embeddings.matches("langchain_community.embeddings.huggingface.HuggingFaceEmbeddings")).isTrue();
    assertThat(embeddings.matches("langchain_community.HuggingFaceEmbeddings")).isTrue();
    // Alternatives are whole names: neither a longer package nor a prefix of one matches.
    assertThat(embeddings.matches("langchain_experimental.HuggingFaceEmbeddings")).isFalse();
    assertThat(embeddings.matches("lang.HuggingFaceEmbeddings")).isFalse();
    assertThat(embeddings.rootModules()).containsExactly("langchain", "langchain_community");
  }

  @Test
  void anUnclosedOrMalformedListIsRefusedWithTheCallee() {
    assertThatThrownBy(() -> new CalleePattern("{langchain,langchain_community.X"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{langchain,langchain_community.X");
    assertThatThrownBy(() -> new CalleePattern("{langchain,lang-chain}.X"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("module names");
    assertThatThrownBy(() -> new CalleePattern("{a,b}c.X"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first segment");
  }
}
