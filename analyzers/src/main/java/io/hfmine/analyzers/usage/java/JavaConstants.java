package io.hfmine.analyzers.usage.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves Java id expressions: literals, {@code +} concatenations, local variables and fields
 * initialised once with a constant ({@code static final String MODEL = "..."}), including
 * {@code Owner.MODEL} and {@code this.model}.
 */
final class JavaConstants {
  private static final int MAX_DEPTH = 10;

  private final Map<String, List<VariableDeclarator>> fields = new HashMap<>();

  JavaConstants(CompilationUnit unit) {
    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
      for (VariableDeclarator variable : field.getVariables()) {
        fields.computeIfAbsent(variable.getNameAsString(), k -> new ArrayList<>()).add(variable);
      }
    }
  }

  ResolvedValue evaluate(Expression expression) {
    return eval(expression, 0);
  }

  private ResolvedValue eval(Expression expression, int depth) {
    if (depth > MAX_DEPTH) {
      return ResolvedValue.unknown(expression.toString());
    }
    if (expression instanceof StringLiteralExpr literal) {
      return new ResolvedValue(literal.asString(), Resolution.LITERAL);
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return new ResolvedValue(block.asString().strip(), Resolution.LITERAL);
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return eval(enclosed.getInner(), depth + 1);
    }
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      ResolvedValue left = eval(binary.getLeft(), depth + 1);
      ResolvedValue right = eval(binary.getRight(), depth + 1);
      if (left.isComplete() && right.isComplete()) {
        return new ResolvedValue(left.text() + right.text(), left.resolution().weakest(right.resolution()));
      }
      if (!left.isComplete() && !right.isComplete()) {
        return ResolvedValue.unknown(expression.toString());
      }
      return new ResolvedValue(hole(left) + hole(right), Resolution.PATTERN);
    }
    if (expression instanceof NameExpr name) {
      Optional<VariableDeclarator> local = local(name);
      if (local.isPresent()) {
        return initialised(local.get(), expression, depth);
      }
      return field(name.getNameAsString(), expression, depth);
    }
    if (expression instanceof FieldAccessExpr access) {
      return field(access.getNameAsString(), expression, depth);
    }
    return ResolvedValue.unknown(expression.toString());
  }

  private static String hole(ResolvedValue value) {
    return value.isComplete() || value.resolution() == Resolution.PATTERN ? value.text() : "{" + value.text() + "}";
  }

  private ResolvedValue field(String name, Expression at, int depth) {
    List<VariableDeclarator> candidates = fields.get(name);
    if (candidates == null || candidates.size() != 1) {
      return ResolvedValue.unknown(at.toString());
    }
    return initialised(candidates.get(0), at, depth);
  }

  private ResolvedValue initialised(VariableDeclarator variable, Expression at, int depth) {
    if (variable.getInitializer().isEmpty()) {
      return ResolvedValue.unknown(at.toString());
    }
    return eval(variable.getInitializer().get(), depth + 1).downgradedTo(Resolution.CONSTANT);
  }

  /** A local variable of the enclosing method declared before the use, if exactly one. */
  private static Optional<VariableDeclarator> local(NameExpr name) {
    Optional<Node> callable = name.findAncestor(CallableDeclaration.class).map(Node.class::cast);
    if (callable.isEmpty()) {
      return Optional.empty();
    }
    List<VariableDeclarator> matches = callable.get().findAll(VariableDeclarator.class,
        v -> v.getNameAsString().equals(name.getNameAsString()));
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }
}
