package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The loaders reached through a name that holds a library class rather than through an imported
 * class: {@code model_class.from_pretrained(...)} after {@code config_class, model_class,
 * tokenizer_class = MODEL_CLASSES[args.model_type]}, {@code cls = AutoModel if encoder else
 * AutoModelForCausalLM}, a loop over classes, a class attribute read as {@code self.model_cls}.
 * The name is worked out the way an id argument is (bindings reaching the call, conditionals,
 * tables and their keys, defaults, callers), by an evaluator of its own (a sibling of the ids', on
 * the same index of the file) in which a name imported from a library the signatures know stands
 * for its qualified class, so the evaluator of ids never sees a class. One per file; the evaluator
 * is made at the first call on such a name.
 */
final class LibraryClasses {
  /** Put before a class's qualified name: no string a file spells can start with it. */
  private static final char MARK = '\u0000';
  private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+");

  /** A signature reached through the name: the callee named after its first class, and the tests that choose it (null: none). */
  record Reached(PythonSignature signature, String callee, String condition) {
  }

  /** The file's evaluator of ids, whose sibling reads the classes. */
  private final ExpressionEvaluator ids;
  private final ImportTable imports;
  private final SignatureCatalog catalog;
  private ExpressionEvaluator evaluator;

  LibraryClasses(ExpressionEvaluator ids, ImportTable imports, SignatureCatalog catalog) {
    this.ids = ids;
    this.imports = imports;
    this.catalog = catalog;
  }

  /**
   * The signatures {@code object.method(...)} reaches through the classes {@code object} can hold:
   * one each, so a call is one usage whichever class runs. A signature is conditional on the tests
   * that choose its classes only when some value of the name reaches none (a class of the project,
   * a value known only at run time, a class without the method).
   */
  List<Reached> reached(SyntaxNode object, String method) {
    List<Reached> each = new ArrayList<>();
    boolean everyValueLoads = true;
    for (ExpressionEvaluator.Alternative alternative : evaluator().alternatives(object)) {
      String qualified = qualifiedClass(alternative.value());
      Optional<PythonSignature> signature = qualified == null ? Optional.empty()
          : catalog.match(catalog.publicName(qualified + "." + method));
      if (signature.isEmpty()) {
        everyValueLoads = false;
        continue;
      }
      each.add(new Reached(signature.get(), catalog.publicName(qualified + "." + method), alternative.condition()));
    }
    return grouped(each, everyValueLoads);
  }

  /**
   * The loaders that the values of one choice reach ({@code each}, in order, with the tests that
   * choose each value), one per signature, named after its first callee: a call is one usage
   * whichever of them runs. A signature is conditional on the tests that choose it only when some
   * value reaches none ({@code everyValueLoads} false) or another signature is reached too.
   */
  static List<Reached> grouped(List<Reached> each, boolean everyValueLoads) {
    Map<PythonSignature, String> callees = new LinkedHashMap<>();
    Map<PythonSignature, List<String>> tests = new LinkedHashMap<>();
    for (Reached reached : each) {
      callees.putIfAbsent(reached.signature(), reached.callee());
      tests.computeIfAbsent(reached.signature(), k -> new ArrayList<>()).add(reached.condition());
    }
    boolean always = everyValueLoads && callees.size() == 1;
    List<Reached> out = new ArrayList<>(callees.size());
    callees.forEach((signature, callee) -> {
      List<String> choosing = tests.get(signature);
      String condition = always || choosing.contains(null) ? null : String.join("; ", choosing.stream().distinct().toList());
      out.add(new Reached(signature, callee, condition));
    });
    return out;
  }

  private static String qualifiedClass(ResolvedValue value) {
    if (!value.isComplete() || value.text().length() < 2 || value.text().charAt(0) != MARK) {
      return null;
    }
    String qualified = value.text().substring(1);
    return QUALIFIED.matcher(qualified).matches() ? qualified : null;
  }

  /** How many of the class evaluations ran out of steps ({@link ExpressionEvaluator#cutShort}). */
  int cutShort() {
    return evaluator == null ? 0 : evaluator.cutShort();
  }

  private ExpressionEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = ids.sibling();
      evaluator.importedValues((name, clause) -> {
        String qualified = imports.qualify(name, clause);
        return qualified != null && catalog.isLibraryModule(qualified)
            ? new ResolvedValue(MARK + qualified, Resolution.CONSTANT) : null;
      });
    }
    return evaluator;
  }
}
