/*
 * hfmine's own functions over tree-sitter (hfmine_tree.c), declared for the build's training
 * program (src/build/tree-sitter-training.c); the Java side binds them by name.
 */
#ifndef HFMINE_TREE_H
#define HFMINE_TREE_H

#include <stdint.h>

#include "tree_sitter/api.h"

/* Words per child in hfmine_read_children's output. */
#define HFMINE_CHILD_WORDS 10

TSTree *hfmine_parse_utf8(TSParser *parser, const char *text, uint32_t length, uint64_t timeout_nanos);
uint32_t hfmine_read_children(TSTreeCursor *cursor, TSNode node, uint32_t *out, uint32_t capacity);

#endif
