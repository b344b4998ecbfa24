/** `fill('显示 {n} 行', { n: 3 })` → `显示 3 行`: a UI string's placeholders filled (dependency-free, for browser scripts). */
export const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
