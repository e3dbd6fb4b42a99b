package io.hfmine.analyzers.pick;

import static io.hfmine.analyzers.pick.PickFixtures.card;
import static io.hfmine.analyzers.pick.PickFixtures.extract;
import static io.hfmine.analyzers.pick.PickFixtures.model;

import io.hfmine.analyzers.pick.extract.ModelMetadata;
import java.util.List;

/** A small catalog of extracted models for index, ranking and evaluation tests. */
public final class PickCatalog {
  private PickCatalog() {
  }

  public static List<ModelMetadata> models() {
    return List.of(
        extract(model("sqlforge/ask-the-table-t5-small", "text2text-generation", "transformers", 2200,
            List.of("transformers", "pytorch", "t5", "text2text-generation", "text2sql", "code", "en",
                "dataset:spider", "dataset:wikisql", "license:mit"), "false",
            "{\"parameters\":{\"F32\":60506624},\"total\":60506624}"), card("hand-written-sql.md")),
        extract(model("nc-lab/sql-coder-nc", "text2text-generation", "transformers", 9100,
            List.of("transformers", "pytorch", "t5", "text2text-generation", "text2sql", "en", "dataset:spider",
                "license:cc-by-nc-4.0"), "false", "{\"parameters\":{\"F32\":222903552},\"total\":222903552}"),
            """
            ---
            license: cc-by-nc-4.0
            datasets: [spider]
            ---
            # sql-coder-nc

            Generates SQL queries from English questions and a database schema. Trained on Spider.
            """),
        extract(model("bigcorp/sql-llm-7b", "text-generation", "transformers", 45000,
            List.of("transformers", "safetensors", "llama", "text-generation", "text2sql", "code", "en",
                "license:apache-2.0"), "false", "{\"parameters\":{\"BF16\":6738415616},\"total\":6738415616}"),
            """
            ---
            license: apache-2.0
            ---
            # sql-llm-7b

            A 7B model that writes SQL queries for analytics questions over warehouse schemas.
            """),
        extract(model("acme/distilbert-movie-reviews", "text-classification", "transformers", 5400,
            List.of("transformers", "pytorch", "distilbert", "text-classification", "dataset:imdb", "en",
                "license:apache-2.0"), "false", "{\"parameters\":{\"F32\":66955010},\"total\":66955010}"),
            card("trainer-sentiment.md")),
        extract(model("lyre-lab/petit-poete", "text-generation", "transformers", 320,
            List.of("transformers", "safetensors", "gpt2", "text-generation", "fr", "en", "license:cc-by-nc-4.0"),
            "false", null), card("template-partly-filled.md")),
        extract(model("corvid-ai/Corvid-7B-Chat", "text-generation", "transformers", 88000,
            List.of("transformers", "safetensors", "qwen2", "text-generation", "chat", "en", "zh", "license:other"),
            "manual", null), card("gated-llm.md")),
        extract(model("voice/whisper-tiny-fr", "automatic-speech-recognition", "transformers", 15000,
            List.of("transformers", "pytorch", "whisper", "automatic-speech-recognition", "fr", "license:mit"),
            "false", "{\"parameters\":{\"F32\":37760640},\"total\":37760640}"),
            """
            ---
            license: mit
            language: fr
            ---
            # whisper-tiny-fr

            Transcribes French speech recordings into text. Fine-tuned from Whisper tiny on Common Voice French.
            """),
        extract(model("vision/vit-small-birds", "image-classification", "transformers", 700,
            List.of("transformers", "pytorch", "vit", "image-classification", "license:apache-2.0"), "false",
            "{\"parameters\":{\"F32\":21665664},\"total\":21665664}"),
            """
            ---
            license: apache-2.0
            ---
            # vit-small-birds

            Classifies photographs of birds into 200 species.
            """));
  }
}
