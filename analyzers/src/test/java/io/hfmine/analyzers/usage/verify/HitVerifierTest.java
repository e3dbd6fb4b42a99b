package io.hfmine.analyzers.usage.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.verify.HitVerifier.UsageFact;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitVerifierTest {
  private final HitVerifier verifier = new HitVerifier(ModelIdCanonicalizer.shipped(ModelCatalog.NONE));

  private static UsageFact usage(String literal, String canonical, Resolution resolution) {
    return new UsageFact(literal, canonical, resolution, "transformers.AutoModel.from_pretrained", 3);
  }

  @Test
  void verifiesACallNamingTheModelWhateverItsCase() {
    var outcome = verifier.verify("microsoft/codebert-base", null,
        List.of(usage("Microsoft/CodeBERT-base", "Microsoft/CodeBERT-base", Resolution.LITERAL)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome.detail()).isEqualTo("transformers.AutoModel.from_pretrained:3");
  }

  @Test
  void verifiesALegacySpellingOfTheModel() {
    var outcome = verifier.verify("google-bert/bert-base-uncased", null,
        List.of(usage("bert-base-uncased", null, Resolution.CONSTANT)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void verifiesABareSentenceTransformersNameLoadedBySentenceTransformers() {
    var outcome = verifier.verify("sentence-transformers/all-MiniLM-L6-v2", null, List.of(new UsageFact(
        "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2", Resolution.LITERAL,
        "sentence_transformers.SentenceTransformer", 3)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void aBareSentenceTransformersNameLoadedByAnotherLibraryDoesNotVerify() {
    // transformers would look for a repository named all-MiniLM-L6-v2 at the top level: no such model.
    var outcome = verifier.verify("sentence-transformers/all-MiniLM-L6-v2", null,
        List.of(usage("all-MiniLM-L6-v2", "all-MiniLM-L6-v2", Resolution.LITERAL)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.MENTION_ONLY);
  }

  @Test
  void verifiesAPatternThatMatchesTheModel() {
    var outcome = verifier.verify("facebook/opt-1.3b", null,
        List.of(usage("facebook/opt-{size}", null, Resolution.PATTERN)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(outcome.detail()).contains("pattern facebook/opt-{size}");
  }

  @Test
  void aPatternForAnotherModelDoesNotVerify() {
    var outcome = verifier.verify("facebook/opt-1.3b", null,
        List.of(usage("EleutherAI/pythia-{size}", null, Resolution.PATTERN)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.MENTION_ONLY);
  }

  @Test
  void anUnresolvedCallMakesTheHitAnUnresolvedCall() {
    var outcome = verifier.verify("gpt2", null,
        List.of(usage("roberta-base", "FacebookAI/roberta-base", Resolution.LITERAL),
            usage("args.model", null, Resolution.UNKNOWN)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.UNRESOLVED_CALL);
    assertThat(outcome.detail()).endsWith("args.model");
  }

  @Test
  void aFileWithoutCallsOnlyMentionsTheModel() {
    assertThat(verifier.verify("gpt2", null, List.of()).verdict()).isEqualTo(Verdict.MENTION_ONLY);
  }

  @Test
  void aFileThatWasNotParsedIsUnparsedWithTheReason() {
    var outcome = verifier.verify("gpt2", "too-large: 2000000 bytes", List.of());

    assertThat(outcome.verdict()).isEqualTo(Verdict.UNPARSED);
    assertThat(outcome.detail()).isEqualTo("too-large: 2000000 bytes");
  }
}
