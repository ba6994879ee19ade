import { describe, expect, it } from 'vitest';
import type { DraftStorage } from '../autosave';
import { KAFKA_DRAFT_BACKUP_KEYS, KAFKA_DRAFT_KEY, loadKafkaDraft, saveKafkaDraft } from './autosave';
import { KAFKA_PRESETS } from './presets';

class MemoryStorage implements DraftStorage {
  readonly map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

describe('Kafka draft autosave', () => {
  it('saves under its own key and loads back the same document', () => {
    const s = new MemoryStorage();
    const doc = KAFKA_PRESETS[3].build();
    expect(saveKafkaDraft(s, doc).ok).toBe(true);
    expect([...s.map.keys()]).toEqual([KAFKA_DRAFT_KEY]);
    expect(KAFKA_DRAFT_KEY).not.toBe('brokerlab.amqp.draft.v1');
    const r = loadKafkaDraft(s);
    expect(r.status === 'ok' && r.scenario).toEqual(doc);
  });

  it('an empty storage is a first visit', () => {
    expect(loadKafkaDraft(new MemoryStorage()).status).toBe('empty');
  });

  it('moves a damaged draft aside instead of losing it', () => {
    const s = new MemoryStorage();
    s.setItem(KAFKA_DRAFT_KEY, '{"mode":"kafka","version":1,"nodes":[{"id":"t","kind":"topic","name":"bad name"}]}');
    const r = loadKafkaDraft(s);
    expect(r.status).toBe('corrupt');
    if (r.status !== 'corrupt') return;
    expect(r.keptAt).toBe(KAFKA_DRAFT_BACKUP_KEYS[0]);
    expect(s.getItem(KAFKA_DRAFT_KEY)).toBeNull();
    expect(s.getItem(r.keptAt)).toContain('bad name');
    expect(r.issues.map((i) => i.code)).toContain('kafka.topic-name');
  });

  it('reports storage it cannot use, and a full quota on save', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadKafkaDraft(broken).status).toBe('unavailable');
    expect(saveKafkaDraft(broken, KAFKA_PRESETS[0].build()).ok).toBe(false);
  });

  it('unreadable JSON is kept aside too', () => {
    const s = new MemoryStorage();
    s.setItem(KAFKA_DRAFT_KEY, '{"mode":');
    const r = loadKafkaDraft(s);
    expect(r.status === 'corrupt' && r.issues[0].code).toBe('doc.unreadable');
  });
});
