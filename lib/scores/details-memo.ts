import "server-only";

/**
 * Results of pure computations keyed by their exact input: a parsed model version (the process
 * keeps one object per version and activation, lib/scores/model-cache.ts) and a string naming
 * the rest (the snapshot, a fingerprint of the scoring input). The per-indicator contributions
 * re-run the scoring core once per indicator, and each side's share twice more, yet they change
 * only when that input does. A key names the content, so every instance computes the same value
 * for it and none can be stale.
 */
export function memoByInput<T>(entriesPerModel: number) {
  const memo = new WeakMap<object, Map<string, T>>();
  return (model: object, key: string, compute: () => T): T => {
    let byKey = memo.get(model);
    if (!byKey) memo.set(model, (byKey = new Map()));
    const hit = byKey.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (byKey.size >= entriesPerModel) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, value);
    return value;
  };
}
