package io.hfmine.analyzers.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CardDeduplicatorTest {
  private static final CardDeduplicator DEDUP = new CardDeduplicator(new CardDeduplicator.Settings(0.99, 16, 6, 200));

  private static String card(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("w").append(random.nextInt(5_000)).append(i % 12 == 11 ? ".\n" : " ");
    }
    return text.toString();
  }

  private static CardDeduplicator.Card at(String id, String day, String text) {
    return new CardDeduplicator.Card(id, day == null ? null : Instant.parse(day + "T00:00:00Z"), text);
  }

  @Test
  void theEarliestCreatedCardOfAGroupIsTheOriginal() {
    Random random = new Random(1);
    String text = card(random, 400);
    List<CardDeduplicator.Card> cards = List.of(
        at("org/fork-b", "2023-05-01", text.replace("w1 ", "w1 w1 ")),
        at("org/original", "2021-01-01", text),
        at("org/fork-a", "2022-01-01", text + " extra"),
        at("org/other", "2020-01-01", card(random, 400)));

    CardDeduplicator.Result result = DEDUP.find(cards);

    assertThat(result.groups()).isEqualTo(1);
    assertThat(result.members()).extracting(CardDeduplicator.Member::modelId, CardDeduplicator.Member::originalId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("org/original", "org/original"),
            org.assertj.core.groups.Tuple.tuple("org/fork-a", "org/original"),
            org.assertj.core.groups.Tuple.tuple("org/fork-b", "org/original"));
    assertThat(result.members()).allSatisfy(member -> {
      assertThat(member.groupSize()).isEqualTo(3);
      assertThat(member.similarity()).isGreaterThanOrEqualTo(0.99);
    });
  }

  @Test
  void cardsBelowTheThresholdStayApart() {
    Random random = new Random(2);
    String text = card(random, 100);
    String edited = text.substring(0, text.length() / 2) + card(random, 50);

    assertThat(DEDUP.find(List.of(at("a/x", "2021-01-01", text), at("a/y", "2022-01-01", edited))).members())
        .isEmpty();
  }

  @Test
  void identicalCardsFormOneGroupWithSimilarityOne() {
    List<CardDeduplicator.Card> cards = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cards.add(at("user/copy-" + i, "2022-01-%02d".formatted(1 + i % 28), "This model is a fine-tuned version."));
    }

    CardDeduplicator.Result result = DEDUP.find(cards);

    assertThat(result.groups()).isEqualTo(1);
    assertThat(result.members()).hasSize(50).allSatisfy(member -> assertThat(member.similarity()).isEqualTo(1.0));
    assertThat(result.members().getFirst().originalId()).isEqualTo("user/copy-0");
  }

  @Test
  void comparesFarFewerPairsThanAllOfThem() {
    Random random = new Random(3);
    List<CardDeduplicator.Card> cards = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      cards.add(at("m/" + i, "2022-01-01", card(random, 120)));
    }

    CardDeduplicator.Result result = DEDUP.find(cards);

    assertThat(result.members()).isEmpty();
    assertThat(result.comparedPairs()).isLessThan(2_000L * 1_999 / 2 / 100);
  }

  @Test
  void aCardWithoutCreationDateIsNeverPreferredAsOriginal() {
    String text = card(new Random(4), 300);

    CardDeduplicator.Result result = DEDUP.find(List.of(at("a/undated", null, text), at("b/dated", "2024-01-01", text)));

    assertThat(result.members()).allSatisfy(member -> assertThat(member.originalId()).isEqualTo("b/dated"));
  }

  @Test
  void cardsAreStreamedTwiceAndNoTextIsKeptBetweenTheReadings() {
    Random random = new Random(7);
    String original = card(random, 300);
    List<CardDeduplicator.Card> cards = new ArrayList<>();
    cards.add(at("org/original", "2021-01-01", original));
    cards.add(at("org/copy", "2022-01-01", original + " x"));
    for (int i = 0; i < 50; i++) {
      cards.add(at("solo/" + i, "2020-01-01", card(random, 300)));
    }
    List<java.lang.ref.WeakReference<String>> firstReading = new ArrayList<>();
    int[] readings = new int[1];
    boolean[] textsKept = new boolean[1];

    CardDeduplicator.Result streamed = DEDUP.find(sink -> {
      readings[0]++;
      if (readings[0] == 2) {
        for (int attempt = 0; attempt < 5 && firstReading.stream().anyMatch(ref -> ref.get() != null); attempt++) {
          System.gc();
        }
        textsKept[0] = firstReading.stream().anyMatch(ref -> ref.get() != null);
      }
      for (CardDeduplicator.Card card : cards) {
        // A fresh copy per reading, as a store query returns: only the deduplicator could keep it.
        String text = new String(card.text().toCharArray());
        if (readings[0] == 1) {
          firstReading.add(new java.lang.ref.WeakReference<>(text));
        }
        sink.accept(new CardDeduplicator.Card(card.modelId(), card.createdAt(), text));
      }
    });

    assertThat(readings[0]).isEqualTo(2);
    assertThat(textsKept[0]).as("texts of the first reading still reachable during the second").isFalse();
    assertThat(streamed.members()).isEqualTo(DEDUP.find(cards).members());
    assertThat(streamed.members()).extracting(CardDeduplicator.Member::modelId)
        .containsExactlyInAnyOrder("org/original", "org/copy");
  }
}
