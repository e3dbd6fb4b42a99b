package io.hfmine.analyzers.issues.classifier;

/**
 * Where a trained classifier comes from: the labelled file it was trained on and hashes that
 * version it (a model is reproduced by training on a file with the same {@code labelsSha256}
 * and issue texts with the same {@code textsSha256}).
 *
 * @param labels file name of the labelled set
 * @param labelsSha256 SHA-256 of that file's bytes
 * @param textsSha256 SHA-256 over the ids, titles and bodies of the training issues, in id order
 * @param examples training issues
 * @param ptmExamples of which PTM-related
 * @param hfmineVersion the hfmine version that trained it
 */
public record ClassifierProvenance(String labels, String labelsSha256, String textsSha256, int examples, int ptmExamples,
    String hfmineVersion) {
}
