import { describe, expect, it } from 'vitest';
import { ServiceBusTopic } from './servicebus';

describe('Service Bus closest model', () => {
  it('the $Default TrueFilter takes everything; filters select by property; several matching rules give one copy', () => {
    const t = new ServiceBusTopic('orders');
    const all = t.createSubscription('audit');
    const pdf = t.createSubscription('pdf');
    pdf.removeRule('$Default');
    pdf.addRule('sql', { kind: 'sql-equals', property: 'format', value: 'pdf' });
    pdf.addRule('corr', { kind: 'correlation', properties: { format: 'pdf', type: 'report' } });
    t.send(0, { body: 'a', properties: { format: 'pdf', type: 'report' } });
    t.send(1, { body: 'b', properties: { format: 'pdf', type: 'log' } });
    t.send(2, { body: 'c', properties: { format: 'csv', type: 'log' } });
    expect(all.activeCount).toBe(3);
    expect(pdf.activeCount).toBe(2);
  });

  it('a subscription with no rule receives nothing', () => {
    const t = new ServiceBusTopic('orders');
    const s = t.createSubscription('s');
    s.removeRule('$Default');
    t.send(0, { body: 'x', properties: {} });
    expect(s.activeCount).toBe(0);
    expect(t.log.take().map((e) => e.code)).toContain('sb-no-matching-subscription');
  });

  it('peek-lock: an expired lock makes it receivable again; past MaxDeliveryCount it is dead-lettered', () => {
    const t = new ServiceBusTopic('orders');
    const s = t.createSubscription('s', { lockDurationMs: 1000, maxDeliveryCount: 2 });
    t.send(0, { body: 'x', properties: {} });
    const [r1] = s.receive(0);
    expect(s.receive(500)).toEqual([]);
    const [r2] = s.receive(1000);
    expect(r2.deliveryCount).toBe(2);
    expect(s.complete(1000, r1.lockToken)).toBe(false);
    s.abandon(1500, r2.lockToken);
    expect(s.activeCount).toBe(0);
    expect(s.deadLetters).toEqual([
      { messageId: r1.messageId, reason: 'MaxDeliveryCountExceeded' },
    ]);
  });

  it('complete removes the message', () => {
    const t = new ServiceBusTopic('orders');
    const s = t.createSubscription('s');
    t.send(0, { body: 'x', properties: {} });
    const [r] = s.receive(0);
    expect(s.complete(10, r.lockToken)).toBe(true);
    expect(s.activeCount).toBe(0);
  });
});
