package io.hfmine.cli.commands.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.cli.support.UsageException;
import org.junit.jupiter.api.Test;

class UsageLocationTest {
  @Test
  void aPathAndLineNameNoRepository() {
    assertThat(UsageLocation.parse("src/train_model.py:12")).isEqualTo(new UsageLocation(null, "src/train_model.py", 12));
  }

  @Test
  void theFormHfminePrintsNamesTheRepository() {
    assertThat(UsageLocation.parse("acme_lab/qa-bot:app/load_model.py:7"))
        .isEqualTo(new UsageLocation("acme_lab/qa-bot", "app/load_model.py", 7));
  }

  @Test
  void aLineThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> UsageLocation.parse("app.py:x")).isInstanceOf(UsageException.class)
        .hasMessageContaining("not a line number");
  }
}
