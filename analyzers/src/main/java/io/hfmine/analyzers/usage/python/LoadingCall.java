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
 * @param condition the flag argument that decides at run time whether the call loads, or null
 */
record LoadingCall(SyntaxNode call, PythonSignature signature, String api, String kind, ResolvedValue value,
    String canonicalId, List<String> keywordArgs, List<String> keywordValues, String target, String slot,
    String condition) {
}
