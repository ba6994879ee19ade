// Which Kafka exercises the student solved, kept in this browser (curriculum §7).

const KEY = 'brokerlab.kafka.exercises.v1';

export function loadProgress(): ReadonlySet<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveProgress(done: ReadonlySet<string>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...done]));
  } catch {
    // Storage full or disabled: progress lasts for this visit only.
  }
}
