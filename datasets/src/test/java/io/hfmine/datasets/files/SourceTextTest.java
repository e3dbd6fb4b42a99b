package io.hfmine.datasets.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void readsUtf8AsItIs() {
    assertThat(SourceText.decode("x = 'na\u00efve'\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("x = 'na\u00efve'\n");
  }

  @Test
  void readsAFileInTheEncodingItsCodingLineDeclares() {
    String source = "#!/usr/bin/env python\n# -*- coding: cp1251 -*-\nname = '\u043c\u043e\u0434\u0435\u043b\u044c'\n";
    assertThat(SourceText.decode(source.getBytes(Charset.forName("windows-1251")))).isEqualTo(source);
  }

  @Test
  void aDeclarationAfterTheSecondLineDoesNotCount() {
    byte[] bytes = "a = 1\nb = 2\n# coding: cp1251\nc = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SourceText.declaredCharset(bytes)).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void readsAnUndeclaredNonUtf8FileAsLatin1SoNoByteIsLost() {
    byte[] bytes = "# caf\u00e9\nprint(1)\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SourceText.decode(bytes)).isEqualTo("# caf\u00e9\nprint(1)\n");
  }

  @Test
  void readsUtf16WithAByteOrderMark() {
    byte[] body = "import os\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertThat(SourceText.decode(bytes)).isEqualTo("import os\n");
  }

  @Test
  void refusesRealBinaryContent() {
    assertThat(SourceText.decode(new byte[] {'a', 0, 'b'})).isNull();
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 0xC3);
    }
    assertThat(SourceText.decode(controls)).isNull();
  }
}
