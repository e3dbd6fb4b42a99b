/*
 * Parses UTF-8 text held in memory with a deadline, entirely in C.
 *
 * Compiled into the optimised tree-sitter runtime by src/build/optimised-tree-sitter.sh. Through
 * java.lang.foreign, ts_parser_parse_with_options would call back into the JVM for its input
 * and its progress check: about one call of each per hundred parse operations, over a hundred
 * thousand upcalls for a few thousand files, each costing more than the work between them. Here
 * both callbacks are C functions over the caller's buffer and the monotonic clock.
 */
#include <stdint.h>
#include <time.h>

#include "tree_sitter/api.h"

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
