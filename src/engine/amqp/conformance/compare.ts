/** Structural diff like compare.mjs: object key order ignored, array order significant. */
export function diffJson(x: unknown, y: unknown, p = '', out: string[] = []): string[] {
  if (out.length > 20) return out;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y)) {
      out.push(`${p}: ${JSON.stringify(x)} != ${JSON.stringify(y)}`);
      return out;
    }
    if (x.length !== y.length) out.push(`${p}: length ${x.length} != ${y.length}`);
    for (let i = 0; i < Math.min(x.length, y.length); i++) diffJson(x[i], y[i], `${p}[${i}]`, out);
    return out;
  }
  if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
    const a = x as Record<string, unknown>;
    const b = y as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!(k in a)) out.push(`${p}.${k}: missing on the left`);
      else if (!(k in b)) out.push(`${p}.${k}: missing on the right`);
      else diffJson(a[k], b[k], `${p}.${k}`, out);
    }
    return out;
  }
  if (x !== y) out.push(`${p}: ${JSON.stringify(x)} != ${JSON.stringify(y)}`);
  return out;
}
