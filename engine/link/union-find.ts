/** Disjoint sets over 0..n-1 with path halving and union by size: links ads into groups in near-linear time. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      const up = p[p[i] as number] as number;
      p[i] = up;
      i = up;
    }
    return i;
  }

  /** Returns false when a and b were already in one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return true;
  }

  /** Members of every set with at least `min` members, each sorted ascending, sets ordered by their smallest member. */
  groups(min = 2): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()].filter((g) => g.length >= min).sort((a, b) => (a[0] as number) - (b[0] as number));
  }
}
