/*
 * The training run of the profile-guided tree-sitter build (src/build/optimised-tree-sitter.sh):
 * parses each Python file named on standard input `rounds` times with the instrumented runtime
 * and grammar, the way usage extraction does (hfmine_parse_utf8, then every node's children
 * through hfmine_read_children), so that gcc learns which branches of the parser, the lexer and
 * hfmine's functions real code takes. Only the run's counts matter; the trees are thrown away.
 *
 * Usage: tree-sitter-training MEGABYTES < LIST_OF_FILES
 * parses the files in turn, over and over, until MEGABYTES of text have been parsed (however many
 * files the project has, the run takes a second or two), and prints how many files it read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hfmine_tree.h"

const TSLanguage *tree_sitter_python(void);
#define MAX_CHILDREN 4096
#define NO_DEADLINE 3600000000000ull

/* Reads every node's children, depth first, as the Java side does when it copies a tree. */
static void walk(TSTreeCursor *cursor, TSNode node, int depth) {
  static uint32_t words[64][MAX_CHILDREN * HFMINE_CHILD_WORDS];
  if (depth >= 64) {
    return;
  }
  uint32_t count = hfmine_read_children(cursor, node, words[depth], MAX_CHILDREN);
  for (uint32_t i = 0; i < count && i < MAX_CHILDREN; i++) {
    const uint32_t *child = words[depth] + (size_t) i * HFMINE_CHILD_WORDS;
    TSNode next = node;
    memcpy(next.context, child + 4, sizeof next.context);
    memcpy(&next.id, child + 8, sizeof next.id);
    walk(cursor, next, depth + 1);
  }
}

static char *read_file(const char *path, long *length) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) {
    return NULL;
  }
  char *text = NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (*length = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
    text = malloc((size_t) *length + 1);
    if (text != NULL && fread(text, 1, (size_t) *length, file) != (size_t) *length) {
      free(text);
      text = NULL;
    }
  }
  fclose(file);
  return text;
}

int main(int argc, char **argv) {
  long budget = (argc > 1 ? atol(argv[1]) : 1) * 1000000L;
  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, tree_sitter_python())) {
    fprintf(stderr, "the grammar does not fit the runtime\n");
    return 1;
  }
  char **texts = NULL;
  long *lengths = NULL;
  long files = 0, loaded = 0;
  char path[4096];
  while (loaded < budget && fgets(path, sizeof path, stdin) != NULL) {
    path[strcspn(path, "\n")] = '\0';
    long length = 0;
    char *text = read_file(path, &length);
    if (text == NULL || length == 0) {
      free(text);
      continue;
    }
    texts = realloc(texts, (size_t) (files + 1) * sizeof *texts);
    lengths = realloc(lengths, (size_t) (files + 1) * sizeof *lengths);
    if (texts == NULL || lengths == NULL) {
      fprintf(stderr, "out of memory\n");
      return 1;
    }
    texts[files] = text;
    lengths[files] = length;
    files++;
    loaded += length;
  }
  if (files == 0) {
    fprintf(stderr, "no Python file to train on\n");
    return 1;
  }
  for (long parsed = 0; parsed < budget;) {
    for (long i = 0; i < files; i++) {
      TSTree *tree = hfmine_parse_utf8(parser, texts[i], (uint32_t) lengths[i], NO_DEADLINE);
      if (tree == NULL) {
        fprintf(stderr, "a parse was cancelled\n");
        return 1;
      }
      TSNode root = ts_tree_root_node(tree);
      TSTreeCursor cursor = ts_tree_cursor_new(root);
      walk(&cursor, root, 0);
      ts_tree_cursor_delete(&cursor);
      ts_tree_delete(tree);
      parsed += lengths[i];
    }
  }
  ts_parser_delete(parser);
  printf("%ld\n", files);
  return 0;
}
