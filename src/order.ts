/**
 * The one string order of every sorted output: UTF-16 code units, as `<` compares. Not localeCompare,
 * whose order follows the machine's locale, so that the same input gives the same report everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
