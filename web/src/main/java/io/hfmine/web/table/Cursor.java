package io.hfmine.web.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;

/** The key values of a page's last row, as an opaque URL-safe token; only ever bound as SQL parameters. */
final class Cursor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cursor() {
  }

  static String encode(List<Object> keys) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Object> decode(String token, int keys) {
    try {
      List<Object> values = JSON.readValue(Base64.getUrlDecoder().decode(token), new TypeReference<List<Object>>() { });
      if (values.size() != keys || values.stream().anyMatch(v -> v instanceof java.util.Map || v instanceof List)) {
        throw new BadRequestException("after is not a cursor of this table");
      }
      return values;
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new BadRequestException("after is not a cursor of this table");
    }
  }
}
