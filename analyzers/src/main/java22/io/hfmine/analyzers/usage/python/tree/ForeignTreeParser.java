package io.hfmine.analyzers.usage.python.tree;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Parses through {@code java.lang.foreign}: tree-sitter's C functions called directly.
 *
 * <p>Reading a node's children takes half a dozen calls per child (move the cursor, read the
 * symbol, span and field). Through the JNI binding each call costs a microsecond or more; as
 * critical downcalls here the calls cost little more than the native functions they run. With
 * the optimised build, hfmine's own C functions ({@code src/main/c/hfmine_tree.c}) read a node's
 * children in one call and parse without calling back into the JVM; with the shipped libraries,
 * which lack them, the same work goes through tree-sitter's functions. Not thread-safe: one per
 * thread, like the native parser and cursor it owns.
 */
final class ForeignTreeParser implements PythonTreeParser {
  /** {@code TSNode}: {@code uint32_t context[4]; const void *id; const TSTree *tree;}. */
  private static final StructLayout NODE = MemoryLayout.structLayout(
      MemoryLayout.sequenceLayout(4, JAVA_INT).withName("context"), ADDRESS.withName("id"), ADDRESS.withName("tree"));
  /** {@code TSTreeCursor}: {@code const void *tree; const void *id; uint32_t context[3];} padded to 8. */
  private static final StructLayout CURSOR = MemoryLayout.structLayout(
      ADDRESS.withName("tree"), ADDRESS.withName("id"), MemoryLayout.sequenceLayout(3, JAVA_INT).withName("context"),
      MemoryLayout.paddingLayout(4));
  /** {@code TSPoint}: {@code uint32_t row; uint32_t column;}. */
  private static final StructLayout POINT = MemoryLayout.structLayout(JAVA_INT.withName("row"), JAVA_INT.withName("column"));
  /** {@code TSInput}: payload, read callback, encoding (UTF-8 is 0), decode function. */
  private static final StructLayout INPUT = MemoryLayout.structLayout(
      ADDRESS.withName("payload"), ADDRESS.withName("read"), JAVA_INT.withName("encoding"),
      MemoryLayout.paddingLayout(4), ADDRESS.withName("decode"));
  /** {@code TSParseOptions}: payload and progress callback. */
  private static final StructLayout OPTIONS = MemoryLayout.structLayout(
      ADDRESS.withName("payload"), ADDRESS.withName("progress_callback"));

  /** A timeout longer than any parse takes, and far from overflowing a nanosecond deadline. */
  private static final Duration LONGEST_TIMEOUT = Duration.ofDays(1);

  /** Holds the two callback stubs only; everything passed on each call lives in malloc'ed memory. */
  private final Arena stubs = Arena.ofShared();
  private final MemorySegment parser;
  private final MemorySegment nodeSlot = malloc(NODE.byteSize());
  private final SegmentAllocator intoNodeSlot = SegmentAllocator.prefixAllocator(nodeSlot);
  private final MemorySegment cursorSlot = malloc(CURSOR.byteSize());
  private final SegmentAllocator intoCursorSlot = SegmentAllocator.prefixAllocator(cursorSlot);
  private final MemorySegment input = malloc(INPUT.byteSize());
  private final MemorySegment options = malloc(OPTIONS.byteSize());
  private final MemorySegment emptyText = malloc(1);
  private final MemorySegment nodeArgument = malloc(NODE.byteSize());
  /** Words per child that {@code hfmine_read_children} writes: symbol, field, start, end, the node's handle. */
  private static final int CHILD_WORDS = 10;
  /** Where {@code hfmine_read_children} writes, grown when a node has more children. */
  private MemorySegment childWords = malloc(CHILD_WORDS * Integer.BYTES * 64L);
  private int[] words = new int[CHILD_WORDS * 64];
  private MemorySegment text = malloc(64 * 1024);
  /** One cursor for every tree of this parser, reset onto each node whose children are read. */
  private MemorySegment cursor;
  private int textLength;
  private long deadline;

  ForeignTreeParser() throws Throwable {
    parser = (MemorySegment) Api.PARSER_NEW.invokeExact();
    if (parser.equals(MemorySegment.NULL)) {
      throw new IllegalStateException("tree-sitter could not allocate a parser");
    }
    if (!(boolean) Api.PARSER_SET_LANGUAGE.invokeExact(parser, Api.LANGUAGE)) {
      Api.PARSER_DELETE.invokeExact(parser);
      throw new IllegalStateException("tree-sitter-python is not compatible with this tree-sitter runtime");
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle read = lookup.bind(this, "read",
        MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class, MemorySegment.class, MemorySegment.class));
    MethodHandle progress = lookup.bind(this, "cancelled", MethodType.methodType(boolean.class, MemorySegment.class));
    MemorySegment readStub = Api.LINKER.upcallStub(read,
        FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, POINT, ADDRESS), stubs);
    MemorySegment progressStub = Api.LINKER.upcallStub(progress, FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS), stubs);
    input.set(ADDRESS, INPUT.byteOffset(MemoryLayout.PathElement.groupElement("payload")), MemorySegment.NULL);
    input.set(ADDRESS, INPUT.byteOffset(MemoryLayout.PathElement.groupElement("read")), readStub);
    input.set(JAVA_INT, INPUT.byteOffset(MemoryLayout.PathElement.groupElement("encoding")), 0);
    input.set(ADDRESS, INPUT.byteOffset(MemoryLayout.PathElement.groupElement("decode")), MemorySegment.NULL);
    options.set(ADDRESS, OPTIONS.byteOffset(MemoryLayout.PathElement.groupElement("payload")), MemorySegment.NULL);
    options.set(ADDRESS, OPTIONS.byteOffset(MemoryLayout.PathElement.groupElement("progress_callback")), progressStub);
  }

  @Override
  public SyntaxTree parse(byte[] utf8, Duration timeout) {
    MemorySegment tree = nativeParse(utf8, timeout);
    if (tree == null) {
      return null;
    }
    try {
      MemorySegment root = (MemorySegment) Api.TREE_ROOT_NODE.invokeExact(intoNodeSlot, tree);
      boolean hasError = (boolean) Api.NODE_HAS_ERROR.invokeExact(root);
      int symbol = Short.toUnsignedInt((short) Api.NODE_SYMBOL.invokeExact(root));
      int start = (int) Api.NODE_START_BYTE.invokeExact(root);
      int end = (int) Api.NODE_END_BYTE.invokeExact(root);
      if (cursor == null) {
        cursor = (MemorySegment) Api.CURSOR_NEW.invokeExact(intoCursorSlot, root);
      }
      Children children = new Children(tree);
      children.keep(0, root);
      return new SyntaxTree(Api.GRAMMAR, utf8, hasError, children, symbol, start, end);
    } catch (RuntimeException | Error e) {
      deleteTree(tree);
      throw e;
    } catch (Throwable e) {
      deleteTree(tree);
      throw new IllegalStateException("tree-sitter call failed: " + e, e);
    }
  }

  /**
   * Reads children with one cursor per parser, reset onto each node; keeps each copied node's
   * {@code TSNode} value (its four context words and id) by number, to reset the cursor onto it.
   */
  private final class Children implements SyntaxTree.ChildReader {
    private static final int WORDS = 3;
    private final MemorySegment tree;
    private long[] handles = new long[WORDS * 256];

    Children(MemorySegment tree) {
      this.tree = tree;
    }

    void keep(int node, MemorySegment value) {
      keep(node, value.get(JAVA_LONG_UNALIGNED, 0), value.get(JAVA_LONG_UNALIGNED, 8),
          value.get(JAVA_LONG_UNALIGNED, 16));
    }

    /** Keeps a node's handle as the three words of its {@code TSNode}: context[0..1], context[2..3], id. */
    private void keep(int node, long context01, long context23, long id) {
      if ((node + 1) * WORDS > handles.length) {
        handles = Arrays.copyOf(handles, Math.max(handles.length * 2, (node + 1) * WORDS));
      }
      handles[node * WORDS] = context01;
      handles[node * WORDS + 1] = context23;
      handles[node * WORDS + 2] = id;
    }

    @Override
    public void readChildren(SyntaxTree copy, int node) {
      nodeArgument.set(JAVA_LONG_UNALIGNED, 0, handles[node * WORDS]);
      nodeArgument.set(JAVA_LONG_UNALIGNED, 8, handles[node * WORDS + 1]);
      nodeArgument.set(JAVA_LONG_UNALIGNED, 16, handles[node * WORDS + 2]);
      nodeArgument.set(ADDRESS, 24, tree);
      if (Api.READ_CHILDREN != null) {
        readAllAtOnce(copy, node);
        return;
      }
      try {
        Api.CURSOR_RESET.invokeExact(cursor, nodeArgument);
        if (!(boolean) Api.CURSOR_FIRST_CHILD.invokeExact(cursor)) {
          return;
        }
        int previous = -1;
        do {
          MemorySegment child = (MemorySegment) Api.CURSOR_CURRENT_NODE.invokeExact(intoNodeSlot, cursor);
          int symbol = Short.toUnsignedInt((short) Api.NODE_SYMBOL.invokeExact(child));
          int start = (int) Api.NODE_START_BYTE.invokeExact(child);
          int end = (int) Api.NODE_END_BYTE.invokeExact(child);
          int field = Short.toUnsignedInt((short) Api.CURSOR_FIELD_ID.invokeExact(cursor));
          previous = copy.addChild(symbol, field, start, end, node, previous);
          keep(previous, child);
        } while ((boolean) Api.CURSOR_NEXT_SIBLING.invokeExact(cursor));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("tree-sitter call failed: " + e, e);
      }
    }

    /** The children through hfmine's C function: one call, then plain Java arrays. */
    private void readAllAtOnce(SyntaxTree copy, int node) {
      int count = call("tree-sitter call failed", () -> (int) Api.READ_CHILDREN.invokeExact(cursor, nodeArgument,
          childWords, (int) (childWords.byteSize() / (CHILD_WORDS * Integer.BYTES))));
      if (count * (long) CHILD_WORDS * Integer.BYTES > childWords.byteSize()) {
        MemorySegment larger = malloc(Math.max(childWords.byteSize() * 2, count * (long) CHILD_WORDS * Integer.BYTES));
        free(childWords);
        childWords = larger;
        readAllAtOnce(copy, node);
        return;
      }
      if (words.length < count * CHILD_WORDS) {
        words = new int[Math.max(words.length * 2, count * CHILD_WORDS)];
      }
      MemorySegment.copy(childWords, JAVA_INT, 0, words, 0, count * CHILD_WORDS);
      int previous = -1;
      for (int i = 0; i < count; i++) {
        int at = i * CHILD_WORDS;
        previous = copy.addChild(words[at], words[at + 1], words[at + 2], words[at + 3], node, previous);
        // The same words TSNode holds: context[0..3], then the id (little-endian, as the
        // optimised build's processors are).
        keep(previous, pair(words, at + 4), pair(words, at + 6), pair(words, at + 8));
      }
    }

    private static long pair(int[] words, int low) {
      return (words[low] & 0xFFFFFFFFL) | ((long) words[low + 1] << 32);
    }

    @Override
    public void close() {
      deleteTree(tree);
    }
  }

  @Override
  public boolean parseOnly(byte[] utf8, Duration timeout) {
    MemorySegment tree = nativeParse(utf8, timeout);
    if (tree != null) {
      deleteTree(tree);
    }
    return tree != null;
  }

  /** The native tree, or null when the parse was cancelled at its deadline. */
  private MemorySegment nativeParse(byte[] utf8, Duration timeout) {
    if (text.byteSize() < utf8.length + 1L) {
      MemorySegment larger = malloc(Math.max(utf8.length + 1L, text.byteSize() * 2));
      free(text);
      text = larger;
    }
    MemorySegment.copy(utf8, 0, text, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, utf8.length);
    textLength = utf8.length;
    long timeoutNanos = timeout.compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT.toNanos() : timeout.toNanos();
    MemorySegment tree;
    if (Api.PARSE_UTF8 != null) {
      tree = call("tree-sitter parse failed",
          () -> (MemorySegment) Api.PARSE_UTF8.invokeExact(parser, text, textLength, timeoutNanos));
    } else {
      deadline = System.nanoTime() + timeoutNanos;
      tree = call("tree-sitter parse failed",
          () -> (MemorySegment) Api.PARSE_WITH_OPTIONS.invokeExact(parser, MemorySegment.NULL, input, options));
    }
    if (tree.equals(MemorySegment.NULL)) {
      // A cancelled parse leaves state behind that the next parse would try to resume.
      call("tree-sitter parser reset failed", () -> {
        Api.PARSER_RESET.invokeExact(parser);
        return null;
      });
      return null;
    }
    return tree;
  }

  private static void deleteTree(MemorySegment tree) {
    call("tree-sitter tree could not be freed", () -> {
      Api.TREE_DELETE.invokeExact(tree);
      return null;
    });
  }

  /** A call through method handles, whose {@code invokeExact} declares {@code Throwable}. */
  @FunctionalInterface
  private interface NativeCall<T> {
    T call() throws Throwable;
  }

  /** Runs a native call; a checked throwable becomes an unchecked exception saying what failed. */
  private static <T> T call(String whatFailed, NativeCall<T> body) {
    try {
      return body.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(whatFailed + ": " + e, e);
    }
  }

  /** tree-sitter's read callback: the rest of the text from {@code byteIndex}. Must never throw. */
  @SuppressWarnings("unused")
  private MemorySegment read(MemorySegment payload, int byteIndex, MemorySegment position, MemorySegment bytesRead) {
    int remaining = Math.max(0, textLength - byteIndex);
    bytesRead.reinterpret(JAVA_INT.byteSize()).set(JAVA_INT, 0, remaining);
    return remaining == 0 ? emptyText : text.asSlice(byteIndex);
  }

  /** tree-sitter's progress callback: true stops the parse. Must never throw. */
  @SuppressWarnings("unused")
  private boolean cancelled(MemorySegment state) {
    return System.nanoTime() > deadline;
  }

  @Override
  public String binding() {
    return "foreign";
  }

  @Override
  public String nativeLibrary() {
    return Api.DESCRIPTION;
  }

  @Override
  public void close() {
    try {
      call("tree-sitter parser could not be freed", () -> {
        if (cursor != null) {
          Api.CURSOR_DELETE.invokeExact(cursor);
        }
        Api.PARSER_DELETE.invokeExact(parser);
        return null;
      });
    } finally {
      for (MemorySegment segment : new MemorySegment[] {nodeSlot, cursorSlot, nodeArgument, input, options, emptyText, text,
          childWords}) {
        free(segment);
      }
      stubs.close();
    }
  }

  /**
   * Native memory outside any arena: segments of an arena are acquired and released on every
   * call they are passed to (atomic operations for a shared arena), which cost more than the
   * tiny tree-sitter functions themselves; a confined arena could not be freed by the thread
   * that closes the extraction pool.
   */
  private static MemorySegment malloc(long bytes) {
    MemorySegment address = call("malloc failed", () -> (MemorySegment) Api.MALLOC.invokeExact(bytes));
    if (address.equals(MemorySegment.NULL)) {
      throw new OutOfMemoryError("malloc(" + bytes + ") failed for tree-sitter input");
    }
    return address.reinterpret(bytes);
  }

  private static void free(MemorySegment segment) {
    call("free failed", () -> {
      Api.FREE.invokeExact(segment);
      return null;
    });
  }

  /** The C functions, looked up once per JVM in the unpacked libraries. */
  private static final class Api {
    static final Linker LINKER = Linker.nativeLinker();
    /** Every runtime function looked up in this class; a library lacking one is not used. */
    private static final List<String> FUNCTIONS = List.of("ts_parser_new", "ts_parser_delete",
        "ts_parser_set_language", "ts_parser_reset", "ts_parser_parse_with_options", "ts_tree_delete",
        "ts_tree_root_node", "ts_node_descendant_count", "ts_node_has_error", "ts_node_symbol", "ts_node_start_byte",
        "ts_node_end_byte", "ts_tree_cursor_new", "ts_tree_cursor_reset", "ts_tree_cursor_delete",
        "ts_tree_cursor_goto_first_child", "ts_tree_cursor_goto_next_sibling", "ts_tree_cursor_goto_parent",
        "ts_tree_cursor_current_node", "ts_tree_cursor_current_field_id", "ts_language_symbol_count",
        "ts_language_symbol_name", "ts_language_symbol_type", "ts_language_field_count",
        "ts_language_field_name_for_id");
    /** The optimised build when there is one that has every function used here, else the shipped one. */
    private static final Libraries LIBRARIES = Libraries.select();
    private static final SymbolLookup CORE = LIBRARIES.core();
    private static final SymbolLookup PYTHON = LIBRARIES.python();
    static final String DESCRIPTION = LIBRARIES.description();
    /** Pure functions that neither block nor call back: no thread-state change needed. */
    private static final Linker.Option CRITICAL = Linker.Option.critical(false);

    static final MethodHandle MALLOC = LINKER.downcallHandle(
        LINKER.defaultLookup().find("malloc").orElseThrow(), FunctionDescriptor.of(ADDRESS, JAVA_LONG));
    static final MethodHandle FREE = LINKER.downcallHandle(
        LINKER.defaultLookup().find("free").orElseThrow(), FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle PARSER_NEW = core("ts_parser_new", FunctionDescriptor.of(ADDRESS));
    static final MethodHandle PARSER_DELETE = core("ts_parser_delete", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle PARSER_SET_LANGUAGE = core("ts_parser_set_language",
        FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    static final MethodHandle PARSER_RESET = core("ts_parser_reset", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle PARSE_WITH_OPTIONS = core("ts_parser_parse_with_options",
        FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, INPUT, OPTIONS));
    /**
     * hfmine's parse of text in memory with its deadline checked in C ({@code src/main/c}), in
     * the optimised build only: null with the shipped libraries, which then parse through the
     * two upcalls of {@code ts_parser_parse_with_options}.
     */
    static final MethodHandle PARSE_UTF8 = CORE.find("hfmine_parse_utf8")
        .map(address -> LINKER.downcallHandle(address,
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG)))
        .orElse(null);
    /** hfmine's copy of a node's children in one call (optimised build only; else null). */
    static final MethodHandle READ_CHILDREN = CORE.find("hfmine_read_children")
        .map(address -> LINKER.downcallHandle(address,
            FunctionDescriptor.of(JAVA_INT, ADDRESS, NODE, ADDRESS, JAVA_INT), CRITICAL))
        .orElse(null);
    static final MethodHandle TREE_DELETE = core("ts_tree_delete", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle TREE_ROOT_NODE = core("ts_tree_root_node", FunctionDescriptor.of(NODE, ADDRESS), CRITICAL);
    static final MethodHandle NODE_DESCENDANT_COUNT = core("ts_node_descendant_count",
        FunctionDescriptor.of(JAVA_INT, NODE), CRITICAL);
    static final MethodHandle NODE_HAS_ERROR = core("ts_node_has_error", FunctionDescriptor.of(JAVA_BOOLEAN, NODE), CRITICAL);
    static final MethodHandle NODE_SYMBOL = core("ts_node_symbol", FunctionDescriptor.of(JAVA_SHORT, NODE), CRITICAL);
    static final MethodHandle NODE_START_BYTE = core("ts_node_start_byte", FunctionDescriptor.of(JAVA_INT, NODE), CRITICAL);
    static final MethodHandle NODE_END_BYTE = core("ts_node_end_byte", FunctionDescriptor.of(JAVA_INT, NODE), CRITICAL);
    static final MethodHandle CURSOR_NEW = core("ts_tree_cursor_new", FunctionDescriptor.of(CURSOR, NODE), CRITICAL);
    static final MethodHandle CURSOR_RESET = core("ts_tree_cursor_reset",
        FunctionDescriptor.ofVoid(ADDRESS, NODE), CRITICAL);
    static final MethodHandle CURSOR_DELETE = core("ts_tree_cursor_delete", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle CURSOR_FIRST_CHILD = core("ts_tree_cursor_goto_first_child",
        FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS), CRITICAL);
    static final MethodHandle CURSOR_NEXT_SIBLING = core("ts_tree_cursor_goto_next_sibling",
        FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS), CRITICAL);
    static final MethodHandle CURSOR_PARENT = core("ts_tree_cursor_goto_parent",
        FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS), CRITICAL);
    static final MethodHandle CURSOR_CURRENT_NODE = core("ts_tree_cursor_current_node",
        FunctionDescriptor.of(NODE, ADDRESS), CRITICAL);
    static final MethodHandle CURSOR_FIELD_ID = core("ts_tree_cursor_current_field_id",
        FunctionDescriptor.of(JAVA_SHORT, ADDRESS), CRITICAL);

    static final MemorySegment LANGUAGE = language();
    static final Grammar GRAMMAR = grammar();

    private Api() {
    }


    /** The two libraries the foreign binding calls, and what they are. */
    private record Libraries(SymbolLookup core, SymbolLookup python, String description) {
      static Libraries select() {
        Path optimisedCore = TreeSitterNatives.optimisedLibraryFile("tree-sitter");
        Path optimisedPython = TreeSitterNatives.optimisedLibraryFile("tree-sitter-python");
        if (optimisedCore != null && optimisedPython != null) {
          try {
            Libraries optimised = new Libraries(SymbolLookup.libraryLookup(optimisedCore, Arena.global()),
                SymbolLookup.libraryLookup(optimisedPython, Arena.global()), TreeSitterNatives.optimisedDescription());
            if (optimised.python().find("tree_sitter_python").isPresent()
                && FUNCTIONS.stream().allMatch(name -> optimised.core().find(name).isPresent())) {
              return optimised;
            }
          } catch (IllegalArgumentException e) {
            // Not loadable here (another C library, a damaged file): the shipped build still is.
          }
        }
        return new Libraries(SymbolLookup.libraryLookup(TreeSitterNatives.libraryFile("tree-sitter"), Arena.global()),
            SymbolLookup.libraryLookup(TreeSitterNatives.libraryFile("tree-sitter-python"), Arena.global()),
            TreeSitterNatives.SHIPPED_DESCRIPTION);
      }
    }

    private static MethodHandle core(String name, FunctionDescriptor descriptor, Linker.Option... options) {
      MemorySegment address = CORE.find(name)
          .orElseThrow(() -> new IllegalStateException("tree-sitter library has no function " + name));
      return LINKER.downcallHandle(address, descriptor, options);
    }

    private static MemorySegment language() {
      MemorySegment address = PYTHON.find("tree_sitter_python")
          .orElseThrow(() -> new IllegalStateException("tree-sitter-python library has no tree_sitter_python"));
      try {
        return (MemorySegment) LINKER.downcallHandle(address, FunctionDescriptor.of(ADDRESS)).invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException("tree_sitter_python() failed: " + e, e);
      }
    }

    private static Grammar grammar() {
      try {
        MethodHandle symbolCount = core("ts_language_symbol_count", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle symbolName = core("ts_language_symbol_name", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
        MethodHandle symbolType = core("ts_language_symbol_type", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
        MethodHandle fieldCount = core("ts_language_field_count", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle fieldName = core("ts_language_field_name_for_id",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
        int symbols = (int) symbolCount.invokeExact(LANGUAGE);
        String[] names = new String[symbols];
        boolean[] named = new boolean[symbols];
        for (int i = 0; i < symbols; i++) {
          names[i] = cString((MemorySegment) symbolName.invokeExact(LANGUAGE, (short) i));
          named[i] = (int) symbolType.invokeExact(LANGUAGE, (short) i) == 0; // TSSymbolTypeRegular
        }
        String[] fields = new String[(int) fieldCount.invokeExact(LANGUAGE) + 1];
        for (int i = 1; i < fields.length; i++) {
          fields[i] = cString((MemorySegment) fieldName.invokeExact(LANGUAGE, (short) i));
        }
        return new Grammar(names, named, fields);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read tree-sitter-python's grammar: " + e, e);
      }
    }

    private static String cString(MemorySegment address) {
      return address.equals(MemorySegment.NULL) ? null : address.reinterpret(Long.MAX_VALUE).getString(0);
    }
  }
}
