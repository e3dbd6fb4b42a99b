package io.hfmine.datasets.hf;

/**
 * The Hugging Face Hub's grammar of repository ids, as {@code huggingface_hub.utils.validate_repo_id}
 * states it: {@code name} or {@code namespace/name}; each part made of ASCII letters, digits, '-',
 * '_' and '.', starting and ending with a letter, digit or '_'; no {@code --} or {@code ..} anywhere.
 *
 * <p>Two of validate_repo_id's rules are left out because they bind only repositories created
 * today: the Hub still lists older ones that break them. A February 2022 listing of 29,432 models
 * held 60 names longer than today's 96 characters (up to 250: ESPnet recipe names) and 19 ending in
 * {@code .git}; refusing them would drop real models from a sync and stop a dump's import. Names
 * are instead bounded at {@value #MAX_NAME_LENGTH} characters, a file name's limit, against a
 * dump's column of something else.
 *
 * <p>One rule of hfmine's own: an id without a namespace that is only digits is refused. The Hub
 * creates no new ids without a namespace, the few legacy ones ({@code gpt2}, {@code bert-base-uncased})
 * are words, and a bare number in a dump's id column is a row number or a numeric {@code _id}.
 */
public final class HubIds {
  static final int MAX_NAME_LENGTH = 255;

  private HubIds() {
  }

  /** Why {@code id} is not a Hub model id, or null when it is one. */
  public static String problem(String id) {
    if (id == null || id.isEmpty()) {
      return "it is empty";
    }
    int slash = id.indexOf('/');
    if (slash != id.lastIndexOf('/')) {
      return "it has more than one '/' (ids are 'name' or 'namespace/name')";
    }
    if (id.contains("--") || id.contains("..")) {
      return "it contains '--' or '..'";
    }
    String namespace = slash < 0 ? null : id.substring(0, slash);
    String name = slash < 0 ? id : id.substring(slash + 1);
    if (namespace != null) {
      String bad = part(namespace, "namespace");
      if (bad != null) {
        return bad;
      }
    }
    String bad = part(name, "name");
    if (bad != null) {
      return bad;
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "its name is longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (namespace == null && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "it is a bare number (a row number or a numeric _id column?)";
    }
    return null;
  }

  /** Whether {@code id} follows the Hub's grammar. */
  public static boolean isValid(String id) {
    return problem(id) == null;
  }

  private static String part(String part, String what) {
    if (part.isEmpty()) {
      return "its " + what + " is empty";
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!(word(c) || c == '-' || c == '.')) {
        return "its " + what + " has '" + (Character.isISOControl(c) ? "\\u%04x".formatted((int) c) : String.valueOf(c))
            + "' (only letters, digits, '-', '_' and '.' are allowed)";
      }
    }
    if (!word(part.charAt(0)) || !word(part.charAt(part.length() - 1))) {
      return "its " + what + " starts or ends with '-' or '.'";
    }
    return null;
  }

  private static boolean word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
