/*
 * hfmine's own functions over tree-sitter, compiled into the optimised runtime by
 * src/build/optimised-tree-sitter.sh (the shipped libraries lack them, and the Java side then
 * does the same work through tree-sitter's own functions). Both save crossings between the JVM
 * and C, which cost more than the work between them:
 *
 * - hfmine_parse_utf8 parses UTF-8 text held in memory with a deadline, entirely in C. Through
 *   java.lang.foreign, ts_parser_parse_with_options would call back into the JVM for its input
 *   and its progress check, about once each per hundred parse operations.
 * - hfmine_read_children copies a node's children out in one call instead of half a dozen
 *   calls per child.
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "hfmine_tree.h"

typedef struct {
  const char *text;
  uint32_t length;
  uint64_t deadline;
} InMemoryParse;

static uint64_t monotonic_nanos(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t) now.tv_sec * 1000000000u + (uint64_t) now.tv_nsec;
}

static const char *rest_of_text(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read) {
  (void) position;
  const InMemoryParse *job = payload;
  if (byte_index >= job->length) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = job->length - byte_index;
  return job->text + byte_index;
}

static bool past_deadline(TSParseState *state) {
  const InMemoryParse *job = state->payload;
  return monotonic_nanos() > job->deadline;
}

/*
 * The tree of `length` bytes of UTF-8 at `text`, or NULL when the parse ran past `timeout_nanos`
 * (the parser then keeps state a later parse would resume: reset it first).
 */
TSTree *hfmine_parse_utf8(TSParser *parser, const char *text, uint32_t length, uint64_t timeout_nanos) {
  InMemoryParse job = {text, length, monotonic_nanos() + timeout_nanos};
  TSInput input = {&job, rest_of_text, TSInputEncodingUTF8, NULL};
  TSParseOptions options = {&job, past_deadline};
  return ts_parser_parse_with_options(parser, NULL, input, options);
}


/*
 * Writes the children of `node` into `out`, HFMINE_CHILD_WORDS words each: symbol, field id, start byte,
 * end byte, then the child's four context words and its id (two words), which is what a cursor
 * needs to be reset onto it later. Returns the number of children; when there are more than
 * `capacity`, only the first `capacity` are written, and the caller grows its buffer and asks
 * again.
 */
uint32_t hfmine_read_children(TSTreeCursor *cursor, TSNode node, uint32_t *out, uint32_t capacity) {
  ts_tree_cursor_reset(cursor, node);
  if (!ts_tree_cursor_goto_first_child(cursor)) {
    return 0;
  }
  uint32_t count = 0;
  do {
    if (count < capacity) {
      TSNode child = ts_tree_cursor_current_node(cursor);
      uint32_t *words = out + (size_t) count * HFMINE_CHILD_WORDS;
      words[0] = ts_node_symbol(child);
      words[1] = ts_tree_cursor_current_field_id(cursor);
      words[2] = ts_node_start_byte(child);
      words[3] = ts_node_end_byte(child);
      memcpy(words + 4, child.context, sizeof child.context);
      memcpy(words + 8, &child.id, sizeof child.id);
    }
    count++;
  } while (ts_tree_cursor_goto_next_sibling(cursor));
  return count;
}
