package io.hfmine.analyzers.pick.license;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseTableTest {
  /** The licence identifiers of the Hub's documentation (docs/hub/repositories-licenses.md, August 2026). */
  private static final List<String> HUB_IDENTIFIERS = List.of("apache-2.0", "mit", "openrail", "bigscience-openrail-m",
      "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "afl-3.0", "artistic-2.0", "bsl-1.0",
      "bsd", "bsd-2-clause", "bsd-3-clause", "bsd-3-clause-clear", "c-uda", "cc", "cc0-1.0", "cc-by-2.0", "cc-by-2.5",
      "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0",
      "cc-by-nd-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0",
      "cdla-sharing-1.0", "cdla-permissive-1.0", "cdla-permissive-2.0", "wtfpl", "ecl-2.0", "epl-1.0", "epl-2.0",
      "etalab-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gfdl", "gpl", "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1",
      "lgpl-3.0", "isc", "h-research", "intel-research", "lppl-1.3c", "ms-pl", "apple-ascl", "apple-amlr", "mpl-2.0",
      "odc-by", "odbl", "openmdw-1.0", "openmdw-1.1", "openrail++", "osl-3.0", "postgresql", "ofl-1.1", "ncsa",
      "unlicense", "zlib", "pddl", "lgpl-lr", "deepfloyd-if-license", "fair-noncommercial-research-license", "llama2",
      "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "grok2-community", "gemma", "unknown", "other");

  @TempDir
  Path dir;

  @Test
  void everyLicenceIdentifierTheHubDocumentsHasAFamily() {
    for (String id : HUB_IDENTIFIERS) {
      assertThat(LICENSES.licenses()).as(id).containsKey(id);
    }
  }

  @Test
  void spdxIdsNamesAndLicenseNamesResolveToTheHubIdentifier() {
    assertThat(LICENSES.resolve("Apache-2.0").id()).isEqualTo("apache-2.0");
    assertThat(LICENSES.resolve("MIT License").id()).isEqualTo("mit");
    assertThat(LICENSES.resolve("GPL-3.0-or-later").family()).isEqualTo("strong-copyleft");
    assertThat(LICENSES.resolve("tongyi-qianwen").family()).isEqualTo("custom-commercial");
    assertThat(LICENSES.resolve("flux-1-dev-non-commercial-license").family()).isEqualTo("non-commercial");
    LicenseTable.Resolved unknown = LICENSES.resolve("acme-model-license-v2");
    assertThat(unknown.known()).isFalse();
    assertThat(unknown.describe()).isEqualTo("acme-model-license-v2 (unknown)");
  }

  @Test
  void aTableNamingAnUnknownFamilyIsRefusedWithTheEntry() throws Exception {
    Path table = dir.resolve("licenses.yaml");
    Files.writeString(table, """
        families: {unknown: {description: x}, permissive: {description: y}}
        licenses: {mit: {family: permisive}}
        uses: {any: {allow-families: [permissive, unknown]}}
        """);
    assertThatThrownBy(() -> LicenseTable.load(table.toString()))
        .hasMessageContaining("licence 'mit' has unknown family 'permisive'");
  }
}
