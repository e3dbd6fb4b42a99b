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

  /** A cursor with the row's position in its view's numbered order (see {@link PagePositions}). */
  static String encode(List<Object> keys, long position) {
    List<Object> values = new java.util.ArrayList<>(keys);
    values.add(position);
    return encode(values);
  }

  /**
   * The key values of a cursor, and the row's position when the cursor holds one.
   *
   * @param position null when the cursor came from a page read without positions
   */
  record Decoded(List<Object> keys, Long position) {
  }

  static Decoded decode(String token, int keys) {
    try {
      List<Object> values = JSON.readValue(Base64.getUrlDecoder().decode(token), new TypeReference<List<Object>>() { });
      if (values.size() != keys && values.size() != keys + 1
          || values.stream().anyMatch(v -> v instanceof java.util.Map || v instanceof List)) {
        throw new BadRequestException("after is not a cursor of this table");
      }
      if (values.size() == keys) {
        return new Decoded(values, null);
      }
      if (!(values.get(keys) instanceof Number position) || position.longValue() < 0) {
        throw new BadRequestException("after is not a cursor of this table");
      }
      return new Decoded(values.subList(0, keys), position.longValue());
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new BadRequestException("after is not a cursor of this table");
    }
  }
}
