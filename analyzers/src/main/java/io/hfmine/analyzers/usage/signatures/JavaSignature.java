package io.hfmine.analyzers.usage.signatures;

import java.util.regex.Pattern;

/** One Java call that loads something from the Hub, as {@code config/signatures/java.yaml} describes it. */
public record JavaSignature(String library, String method, CalleePattern receiver, CalleePattern builder,
    String packageName, String kind, IdArgument id, Pattern idPattern) {
}
