package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The library classes a name can hold where a loader is called on the name rather than on an
 * imported class: {@code model_class.from_pretrained(...)} after {@code config_class,
 * model_class, tokenizer_class = MODEL_CLASSES[args.model_type]}, {@code cls = AutoModel if
 * encoder else AutoModelForCausalLM}, a loop over classes, a class attribute read as
 * {@code self.model_cls}. The name is worked out the way an id argument is (bindings reaching
 * the call, conditionals, tables and their keys, defaults, callers), by an evaluator of its own
 * in which a name imported from a library the signatures know stands for its qualified class,
 * so the evaluator of ids never sees a class.
 */
final class LibraryClasses {
  /** Put before a class's qualified name: no string a file spells can start with it. */
  private static final char MARK = '\u0000';
  private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+");

  /** One class the name can hold, with the tests that choose it (null: none). */
  record Choice(String qualifiedClass, String condition) {
  }

  /** The library classes a name can hold, and whether it holds nothing else. */
  record Choices(List<Choice> classes, boolean only) {
  }

  private final ExpressionEvaluator evaluator;

  LibraryClasses(PythonSource source, ArgparseDefaults argparse, ClickOptions click, ImportTable imports,
      SignatureCatalog catalog) {
    this.evaluator = new ExpressionEvaluator(source, argparse, click);
    evaluator.importedValues((name, clause) -> {
      String qualified = imports.qualify(name, clause);
      return qualified != null && catalog.isLibraryModule(qualified)
          ? new ResolvedValue(MARK + qualified, Resolution.CONSTANT) : null;
    });
  }

  /**
   * The library classes {@code object} can hold, each with the tests that choose it; values that
   * are no library class (a class of the project, a value known only at run time) are left out,
   * and said to be there.
   */
  Choices of(SyntaxNode object) {
    List<Choice> out = new ArrayList<>();
    boolean only = true;
    for (ExpressionEvaluator.Alternative alternative : evaluator.alternatives(object)) {
      ResolvedValue value = alternative.value();
      String qualified = value.isComplete() && value.text().length() > 1 && value.text().charAt(0) == MARK
          ? value.text().substring(1) : null;
      if (qualified != null && QUALIFIED.matcher(qualified).matches()) {
        out.add(new Choice(qualified, alternative.condition()));
      } else {
        only = false;
      }
    }
    return new Choices(out, only);
  }
}
