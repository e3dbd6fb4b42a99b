package io.hfmine.devtools.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Logins of the people who file issues: a few file many, most file one or two. */
final class PeoplePool {
  private static final String[] NAMES = {
      "alex", "maria", "chen", "priya", "tom", "lucas", "yuki", "omar", "sara", "diego", "hana", "ivan", "leo",
      "mei", "nora", "raj", "sven", "tariq", "uma", "wen", "zoe", "ben", "carla", "dmitri", "emma", "felix",
      "gita", "hugo", "ines", "jon", "kai", "lin", "mateo", "nina", "oskar", "pablo", "qiu", "rosa", "sam", "tim"};
  private static final String[] WORDS = {"dev", "ml", "ai", "codes", "data", "nlp", "cv", "hacks", "py", "lab"};

  private final List<String> logins = new ArrayList<>();

  PeoplePool(Random random, int size) {
    while (logins.size() < size) {
      String name = NAMES[random.nextInt(NAMES.length)];
      String word = WORDS[random.nextInt(WORDS.length)];
      String login = switch (random.nextInt(6)) {
        case 0 -> name + (10 + random.nextInt(990));
        case 1 -> name + "-" + word;
        case 2 -> word + name;
        case 3 -> name + "_" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        case 4 -> "the" + name + word;
        default -> name + (char) ('a' + random.nextInt(26)) + (1980 + random.nextInt(25));
      };
      if (!logins.contains(login)) {
        logins.add(login);
      }
    }
  }

  /** A reporter, skewed towards the start of the pool so some people report often. */
  String reporter(Random random) {
    double u = random.nextDouble();
    return logins.get((int) (logins.size() * u * u));
  }
}
