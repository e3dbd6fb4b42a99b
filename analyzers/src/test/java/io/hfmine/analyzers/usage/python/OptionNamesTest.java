package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionNamesTest {
  @Test
  void anUndashedDeclarationNamesTheVariableAsWritten() {
    assertThat(OptionNames.destination(List.of("-m", "--model-name", "checkpoint"))).isEqualTo("checkpoint");
  }

  @Test
  void theFirstLongOptionWinsOverShortOnes() {
    assertThat(OptionNames.destination(List.of("-m", "--model-name", "--model"))).isEqualTo("model_name");
  }

  @Test
  void aShortOptionNamesTheVariableOnlyWhenThereIsNoLongOne() {
    assertThat(OptionNames.destination(List.of("-m"))).isEqualTo("m");
  }

  @Test
  void aFlagPairIsNamedByItsFirstHalf() {
    assertThat(OptionNames.destination(List.of("--use-cache/--no-use-cache"))).isEqualTo("use_cache");
  }

  @Test
  void noDeclarationNamesNothing() {
    assertThat(OptionNames.destination(List.of())).isNull();
  }
}
