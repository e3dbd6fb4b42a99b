package io.hfmine.analyzers.graph;

import java.util.Arrays;

/**
 * Union-find over the integers {@code 0..n-1}, with path halving and union by size: the
 * connected components of pairs (near-duplicate cards, cut dendrogram merges) in near-linear time.
 */
public final class DisjointSets {
  private final int[] parent;
  private final int[] size;

  public DisjointSets(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Arrays.fill(size, 1);
  }

  /** The representative of {@code x}'s set. */
  public int find(int x) {
    int node = x;
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  /** Whether {@code a} and {@code b} are in one set. */
  public boolean connected(int a, int b) {
    return find(a) == find(b);
  }

  /** Merges the sets of {@code a} and {@code b}. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int swap = ra;
      ra = rb;
      rb = swap;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
