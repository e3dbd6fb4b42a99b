package demo;

import ai.djl.repository.zoo.Criteria;

public class Other {
  void load() {
    Criteria.builder().optModelUrls("djl://ai.djl.pytorch/resnet").build();
  }
}
