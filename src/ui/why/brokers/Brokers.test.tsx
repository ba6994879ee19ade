import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKER_PRESETS, COMPARED_BROKERS, CONCEPTS } from '../../../engine/integration';
import type { Language } from '../../../i18n/translate';
import { renderWhy } from '../test/harness';

afterEach(cleanup);

function openBrokers(lang: Language) {
  renderWhy({ lang });
  fireEvent.click(
    screen.getByRole('tab', { name: lang === 'en' ? 'Brokers compared' : 'Brokers comparados' }),
  );
  return screen.getByTestId('why-comparison');
}

describe('brokers compared', () => {
  it.each(['en', 'pt-BR'] as const)(
    'the table is complete in %s: eight brokers, ten concepts, every cell in words',
    (lang) => {
      const table = openBrokers(lang);
      const heads = [...table.querySelectorAll('thead th[data-broker]')].map((th) =>
        th.getAttribute('data-broker'),
      );
      expect(heads).toEqual([...COMPARED_BROKERS]);
      const rows = table.querySelectorAll('tbody tr');
      expect(rows).toHaveLength(CONCEPTS.length);
      for (const row of rows) {
        const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
        expect(cells).toHaveLength(COMPARED_BROKERS.length + 1);
        for (const c of cells) {
          expect(c.trim().length).toBeGreaterThan(1);
          expect(c).not.toMatch(/^(why\.|concept\.|model\.|ack\.|dlq\.)/);
        }
      }
      const names = within(table).getAllByText(
        /^(RabbitMQ|Apache Kafka|Google Cloud Pub\/Sub|Amazon SQS|Azure Service Bus|Redis|ActiveMQ|IBM MQ)$/,
      );
      expect(names).toHaveLength(8);
    },
  );

  it('the two languages say different things (the Portuguese is not the English)', () => {
    const en = [...openBrokers('en').querySelectorAll('tbody td')].map((c) => c.textContent);
    cleanup();
    const pt = [...openBrokers('pt-BR').querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(pt.filter((c, i) => c !== en[i]).length).toBeGreaterThan(en.length / 2);
  });

  it.each(BROKER_PRESETS.map((p) => [p.id]))(
    'the %s closest model runs step by step, labelled as such',
    (id) => {
      const table = openBrokers('en');
      fireEvent.click(table.querySelector(`button[data-model="${id}"]`)!);
      const scene = screen.getByTestId('why-scene');
      expect(within(scene).getByTestId('why-scene-label').textContent).toBe(
        'Closest model (not a full simulation)',
      );
      const steps = () => within(scene).getByTestId('why-scene-steps').querySelectorAll('li');
      expect(steps()).toHaveLength(1);
      fireEvent.click(within(scene).getByRole('button', { name: /Next step/ }));
      expect(steps()).toHaveLength(2);
      fireEvent.click(within(scene).getByRole('button', { name: 'Show all' }));
      const total = BROKER_PRESETS.find((p) => p.id === id)!.run().length;
      expect(steps()).toHaveLength(total);
      for (const li of steps()) expect(li.textContent).not.toMatch(/[{}]|why\.m\./);
    },
  );

  it('SQS: the poison message comes back after each visibility timeout and goes to the DLQ', () => {
    const table = openBrokers('en');
    fireEvent.click(table.querySelector('button[data-model="sqs"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    const text = screen.getByTestId('why-scene-steps').textContent ?? '';
    expect(text).toMatch(/visible again/);
    expect(text).toMatch(/redrive policy moves orders-2 to the dead-letter queue orders-dlq/);
  });
});
