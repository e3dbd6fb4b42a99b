package io.hfmine.analyzers.usage.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.JavaSignature;
import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the model-loading calls of one Java file with JavaParser (DJL, LangChain4j). One
 * instance per thread. A file with syntax errors yields what JavaParser could recover.
 */
public final class JavaUsageExtractor {
  private final JavaSignatureCatalog catalog;
  private final ModelIdCanonicalizer canonicalizer;
  private final UsageSettings settings;
  private final JavaParser parser;

  public JavaUsageExtractor(JavaSignatureCatalog catalog, ModelIdCanonicalizer canonicalizer, UsageSettings settings) {
    this.catalog = catalog;
    this.canonicalizer = canonicalizer;
    this.settings = settings;
    this.parser = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE));
  }

  public FileOutcome extract(SourceFile file) {
    String text = new String(file.content(), StandardCharsets.UTF_8);
    ParseResult<CompilationUnit> result = parser.parse(text);
    boolean syntaxErrors = !result.getProblems().isEmpty();
    Optional<CompilationUnit> unit = result.getResult();
    if (unit.isEmpty()) {
      return FileOutcome.parsed(List.of(), true);
    }
    CompilationUnit cu = unit.get();
    JavaConstants constants = new JavaConstants(cu);
    List<Found> found = new ArrayList<>();
    for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
      for (JavaSignature signature : catalog.signatures()) {
        if (call.getNameAsString().equals(signature.method())) {
          String className = matchedClass(call, signature, cu);
          if (className != null) {
            resolve(call, signature, className, constants).ifPresent(found::add);
            break;
          }
        }
      }
    }
    String[] lines = text.split("\n", -1);
    Map<String, String> tracked = new HashMap<>();
    for (Found f : found) {
      target(f.call()).ifPresent(name -> tracked.put(name, f.signature().kind()));
    }
    List<UsageRecord> records = new ArrayList<>();
    for (Found f : found) {
      int line = f.call().getBegin().map(p -> p.line).orElse(0);
      int col = f.call().getBegin().map(p -> p.column).orElse(0);
      Node scope = f.call().findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(f.call());
      List<String> sequence = sequence(scope, found, tracked);
      records.add(new UsageRecord(UsageRecord.idOf(file.origin(), line, col, f.api(), "id"),
          file.repository(), file.path(), file.blobSha(), "java", line, col, f.signature().library(), f.api(),
          f.signature().kind(), f.value().text(), f.canonical(), f.value().resolution(), null, List.of(), List.of(),
          sequence,
          snippet(scope, lines)));
    }
    return FileOutcome.parsed(records, syntaxErrors);
  }

  private Optional<Found> resolve(MethodCallExpr call, JavaSignature signature, String className,
      JavaConstants constants) {
    int position = signature.id().position() == null ? 0 : signature.id().position();
    if (position >= call.getArguments().size()) {
      return Optional.empty();
    }
    ResolvedValue value = constants.evaluate(call.getArgument(position));
    String canonical = null;
    if (signature.idPattern() != null && value.isComplete()) {
      Matcher matcher = signature.idPattern().matcher(value.text());
      if (!matcher.matches()) {
        return Optional.empty(); // a DJL URL that is not a Hugging Face model
      }
      value = new ResolvedValue(matcher.group(1), value.resolution());
    }
    if (value.isComplete()) {
      canonical = canonicalizer.canonicalizeModel(value.text(), signature.library());
    }
    String api = signature.packageName() + "." + className
        + (signature.builder() != null ? ".builder." : ".") + signature.method();
    return Optional.of(new Found(call, signature, api, value, canonical));
  }

  /** The simple class name the call belongs to when it matches the signature, else null. */
  private static String matchedClass(MethodCallExpr call, JavaSignature signature, CompilationUnit cu) {
    Expression root = call;
    String className = null;
    if (signature.receiver() != null) {
      Optional<Expression> scope = call.getScope();
      if (scope.isEmpty()) {
        return null;
      }
      String text = scope.get().toString();
      className = text.substring(text.lastIndexOf('.') + 1);
      if (!signature.receiver().matches(className)) {
        return null;
      }
      return imported(text, className, signature.packageName(), cu) ? className : null;
    }
    for (int hops = 0; hops < 64 && root instanceof MethodCallExpr method; hops++) {
      if (method.getNameAsString().equals("builder") && method.getScope().isPresent()) {
        String text = method.getScope().get().toString();
        className = text.substring(text.lastIndexOf('.') + 1);
        if (signature.builder().matches(className) && imported(text, className, signature.packageName(), cu)) {
          return className;
        }
        return null;
      }
      root = method.getScope().orElse(null);
    }
    return null;
  }

  private static boolean imported(String written, String className, String packageName, CompilationUnit cu) {
    if (written.startsWith(packageName + ".")) {
      return true;
    }
    if (cu.getPackageDeclaration().map(p -> p.getNameAsString().equals(packageName)).orElse(false)) {
      return true;
    }
    for (ImportDeclaration declaration : cu.getImports()) {
      String name = declaration.getNameAsString();
      if (declaration.isAsterisk() ? name.equals(packageName) : name.equals(packageName + "." + className)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> target(MethodCallExpr call) {
    Node current = call;
    while (current.getParentNode().orElse(null) instanceof MethodCallExpr outer
        && outer.getScope().isPresent() && outer.getScope().get() == current) {
      current = outer;
    }
    Node parent = current.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator declarator) {
      return Optional.of(declarator.getNameAsString());
    }
    if (parent instanceof AssignExpr assign) {
      String target = assign.getTarget().toString();
      return Optional.of(target.startsWith("this.") ? target.substring(5) : target);
    }
    return Optional.empty();
  }

  private List<String> sequence(Node scope, List<Found> found, Map<String, String> tracked) {
    Map<MethodCallExpr, String> apis = new HashMap<>();
    found.forEach(f -> apis.putIfAbsent(f.call(), f.api()));
    List<MethodCallExpr> calls = new ArrayList<>(scope.findAll(MethodCallExpr.class));
    calls.sort(Comparator.comparing((MethodCallExpr c) -> c.getEnd().map(p -> p.line).orElse(0))
        .thenComparing(c -> c.getEnd().map(p -> p.column).orElse(0)));
    List<String> sequence = new ArrayList<>();
    for (MethodCallExpr call : calls) {
      if (sequence.size() >= settings.apiSequenceLimit()) {
        break;
      }
      if (apis.containsKey(call)) {
        sequence.add(apis.get(call));
        continue;
      }
      Optional<Expression> receiver = call.getScope();
      if (receiver.isPresent()) {
        String name = receiver.get() instanceof NameExpr n ? n.getNameAsString()
            : receiver.get().toString().startsWith("this.") ? receiver.get().toString().substring(5) : null;
        if (name != null && tracked.containsKey(name)) {
          sequence.add(tracked.get(name) + "." + call.getNameAsString());
        }
      }
    }
    return sequence;
  }

  private String snippet(Node scope, String[] lines) {
    int begin = scope.getBegin().map(p -> p.line).orElse(1);
    int end = scope.getEnd().map(p -> p.line).orElse(begin);
    end = Math.min(end, begin + settings.snippetMaxLines() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = begin; i <= end && i <= lines.length; i++) {
      out.append(lines[i - 1]).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private record Found(MethodCallExpr call, JavaSignature signature, String api, ResolvedValue value,
      String canonical) {
  }
}
