/** How many filters of a parsed query are set (for the folded filter bar's button), leaving out `ignored` keys such as sort and page. */
export function countSetFilters(query: Record<string, unknown>, ignored: string[] = []): number {
  return Object.entries(query).filter(([key, value]) => !ignored.includes(key) && value !== undefined && value !== null && value !== "")
    .length;
}
