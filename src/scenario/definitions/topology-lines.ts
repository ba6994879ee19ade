// A definitions file's topology as sorted lines, so two files (ours, a broker's export, what the
// broker lists) compare equal exactly when they declare the same things. Only the fields that
// define an entity count: the vhost, a 3.10 export's queue `type` (also in x-queue-type) and
// missing `internal` flags (false) do not make two topologies differ.

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

const FIELDS = {
  exchange: { name: '', type: '', durable: true, auto_delete: false, internal: false, arguments: {} },
  queue: { name: '', durable: true, auto_delete: false, arguments: {} },
  binding: { source: '', destination: '', destination_type: 'queue', routing_key: '', arguments: {} },
} as const;

function pick(kind: keyof typeof FIELDS, item: unknown): string {
  const source = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(FIELDS[kind])) out[key] = Object.hasOwn(source, key) ? source[key] : fallback;
  return `${kind} ${JSON.stringify(canonical(out))}`;
}

export function topologyLines(d: { exchanges?: readonly unknown[]; queues?: readonly unknown[]; bindings?: readonly unknown[] }): string[] {
  return [
    ...(d.exchanges ?? []).map((x) => pick('exchange', x)),
    ...(d.queues ?? []).map((q) => pick('queue', q)),
    ...(d.bindings ?? []).map((b) => pick('binding', b)),
  ].sort();
}
