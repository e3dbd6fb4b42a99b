package io.hfmine.spark.bench;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.spark.extract.CatalogIds;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the broadcast model catalog costs an executor: the broadcast's serialised size and the
 * heap the catalog holds once built, for N ids shaped like Hub ids ({@code org/name-variant},
 * mixed case). Args: [ids (default 2000000)]. The ids are synthetic: their lengths follow the
 * Hub's (20 to 60 characters, about 35 on average).
 */
public final class CatalogMemoryBenchmark {
  private static final String[] WORDS = {"bert", "Llama", "gpt2", "whisper", "roberta", "T5", "mistral", "qwen",
      "vit", "clip", "sentence", "finetuned", "GGUF", "lora", "base", "large", "small", "instruct", "chat", "v2"};

  private CatalogMemoryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    Random random = new Random(18);
    List<String> ids = new ArrayList<>(count);
    long chars = 0;
    for (int i = 0; i < count; i++) {
      String id = "user" + random.nextInt(400_000) + "/" + WORDS[random.nextInt(WORDS.length)] + "-"
          + WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + i;
      ids.add(id);
      chars += id.length();
    }
    System.out.printf("%,d synthetic ids, %.1f characters on average%n", count, (double) chars / count);
    CatalogIds broadcast = CatalogIds.of(ids);
    ids = null;
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      out.writeObject(broadcast);
    }
    System.out.printf("broadcast value: %.1f MB serialised (Spark compresses broadcast blocks further)%n",
        serialised.size() / 1e6);
    long before = usedHeap();
    ModelCatalog catalog = broadcast.toCatalog();
    long after = usedHeap();
    System.out.printf("catalog built on an executor: %.1f MB of heap, beside the %.1f MB broadcast copy%n",
        (after - before) / 1e6, broadcast.bytes() / 1e6);
    System.out.printf("lookup check: %s%n", catalog.find(broadcast.toCatalog().ids().iterator().next()).isPresent());
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
