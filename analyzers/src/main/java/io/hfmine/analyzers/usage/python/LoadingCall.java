package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import java.util.List;

/**
 * A call matched to a signature, before snippets and sequences are attached.
 *
 * @param target the name the result is assigned to ({@code model}, {@code self.model}), or null
 * @param slot which id argument of the call this is ("id" or the extra id's keyword)
 * @param condition what decides at run time whether the call loads this id, or null: the flag
 *     argument ({@code pretrained=args.pretrained}), and/or the tests of the conditional
 *     expressions that chose it ({@code small} in {@code "a" if small else "b"}), joined by "; "
 * @param alternative 0 when the argument has one value; else which of its values (from 1)
 */
record LoadingCall(SyntaxNode call, PythonSignature signature, String api, String kind, ResolvedValue value,
    String canonicalId, List<String> keywordArgs, List<String> keywordValues, String target, String slot,
    String condition, int alternative) {

  /** This call as one of the values a conditional id argument can take. */
  LoadingCall chosenBy(String choice, int index) {
    return new LoadingCall(call, signature, api, kind, value, canonicalId, keywordArgs, keywordValues, target, slot,
        bothTests(condition, choice), index);
  }

  /** Two sets of run-time tests that must both hold, joined as a usage's condition is; null for none. */
  static String bothTests(String first, String second) {
    return first == null ? second : second == null ? first : first + "; " + second;
  }

  /** What tells this usage apart from the call's others in its id: the slot, and the alternative. */
  String idSlot() {
    return alternative == 0 ? slot : slot + "#" + alternative;
  }
}
