package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * PyTorch Lightning's saved hyperparameters: a module whose {@code __init__} calls {@code
 * self.save_hyperparameters()} reads its constructor's arguments back as {@code self.hparams.x}
 * (or {@code self.hparams["x"]}) in any method, so {@code AutoModel.from_pretrained(
 * self.hparams.model_name)} loads what {@code __init__}'s {@code model_name} holds. With names
 * ({@code save_hyperparameters("model_name")}) only those are saved, and {@code ignore=} leaves
 * its literal names out. A class that assigns to {@code self.hparams} anywhere is left alone.
 */
final class SavedHyperparameters {
  private final PythonSource source;
  private final Function<SyntaxNode, String> literal;
  /** Whether each class (by its start) assigns to {@code self.hparams}: one walk of a class, however often it is read. */
  private final Map<Integer, Boolean> assigning = new HashMap<>();

  /** @param literal the value of a plain string literal, or null */
  SavedHyperparameters(PythonSource source, Function<SyntaxNode, String> literal) {
    this.source = source;
    this.literal = literal;
  }

  /**
   * The name {@code node} reads from the saved hyperparameters ({@code self.hparams.x} or
   * {@code self.hparams["x"]}), or null for any other expression.
   */
  String readName(SyntaxNode node) {
    if (node.type().equals("attribute") && isHparams(node.field("object"))) {
      SyntaxNode name = node.field("attribute");
      return name == null ? null : source.text(name);
    }
    if (node.type().equals("subscript") && isHparams(node.field("value"))) {
      SyntaxNode key = node.field("subscript");
      return key == null ? null : literal.apply(key);
    }
    return null;
  }

  /**
   * Whether {@code init} (a class's {@code __init__}) saves {@code name} as a hyperparameter,
   * and nothing in {@code owner} assigns to {@code self.hparams} itself.
   */
  boolean saves(SyntaxNode owner, SyntaxNode init, String name) {
    SyntaxNode body = init.field("body");
    if (body == null || assigning.computeIfAbsent(owner.start(), k -> assignsHparams(owner))) {
      return false;
    }
    for (SyntaxNode statement : body.namedChildrenButComments()) {
      SyntaxNode call = statement.type().equals("expression_statement") && statement.namedChildCount() == 1
          ? statement.namedChild(0) : null;
      if (call != null && call.type().equals("call") && isSelf(call.field("function"), "self.save_hyperparameters")) {
        return savedBy(call, name);
      }
    }
    return false;
  }

  private boolean savedBy(SyntaxNode call, String name) {
    SyntaxNode arguments = call.field("arguments");
    if (arguments == null) {
      return false;
    }
    Set<String> listed = new HashSet<>();
    boolean ignored = false;
    for (SyntaxNode argument : arguments.namedChildren()) {
      String listedName = literal.apply(argument);
      if (listedName != null) {
        listed.add(listedName);
      } else if (argument.type().equals("keyword_argument")) {
        SyntaxNode keyword = argument.field("name");
        SyntaxNode value = argument.field("value");
        if (keyword != null && source.textEquals(keyword, "ignore") && value != null) {
          ignored |= mentions(value, name);
        }
      } else if (!argument.type().equals("comment")) {
        return false; // a dict, a namespace or a splat: what it saves is not written here
      }
    }
    return !ignored && (listed.isEmpty() || listed.contains(name));
  }

  private boolean mentions(SyntaxNode value, String name) {
    if (name.equals(literal.apply(value))) {
      return true;
    }
    for (SyntaxNode element : value.namedChildren()) {
      if (name.equals(literal.apply(element))) {
        return true;
      }
    }
    return false;
  }

  private boolean assignsHparams(SyntaxNode owner) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(owner);
    while (!pending.isEmpty()) {
      SyntaxNode current = pending.pop();
      if (current.type().equals("assignment") || current.type().equals("augmented_assignment")) {
        SyntaxNode target = current.field("left");
        if (target != null && (isHparams(target) || readName(target) != null)) {
          return true;
        }
      }
      for (SyntaxNode child : current.namedChildren()) {
        pending.push(child);
      }
    }
    return false;
  }

  private boolean isHparams(SyntaxNode node) {
    return isSelf(node, "self.hparams");
  }

  /**
   * Whether {@code node} is the attribute {@code dotted} ({@code self.hparams}) as written: read on
   * every attribute the evaluator meets, so it compares the source in place, as {@link
   * NameTargets#isName} does, rather than building the dotted name.
   */
  private boolean isSelf(SyntaxNode node, String dotted) {
    return node != null && node.type().equals("attribute") && source.textEquals(node, dotted);
  }
}
