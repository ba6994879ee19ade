import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kafkaScenarioToPlain } from '../../scenario/kafka/restore';
import { encodeKafkaScenarioToHash } from '../../scenario/kafka/url-codec';
import { presetDoc, renderKafka } from './test-harness';

afterEach(cleanup);

describe('the Kafka share panel', () => {
  it('gives a #k1 link that opens the same scenario, and refuses a damaged one without touching the work', () => {
    const { editor } = renderKafka(presetDoc('ordering'));
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const link = screen.getByLabelText<HTMLTextAreaElement>('Link to this Kafka scenario').value;
    expect(link).toMatch(/#k1\./);
    const paste = screen.getByLabelText('Paste a Kafka scenario link');
    fireEvent.change(paste, { target: { value: link.slice(0, -4) } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert').textContent).toMatch(/This link is incomplete/);
    expect(editor.getState().doc.title).toBe('ordering');
    const other = encodeKafkaScenarioToHash(presetDoc('retention'));
    fireEvent.change(paste, { target: { value: other } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(editor.getState().doc.title).toBe('retention');
    act(() => editor.getState().undo());
    expect(editor.getState().doc.title).toBe('ordering');
  });

  it('opens a scenario file, and says why a bad one is refused (in Portuguese too)', async () => {
    const { editor } = renderKafka(presetDoc('ordering'), 'pt-BR');
    fireEvent.click(screen.getByRole('button', { name: 'Compartilhar' }));
    const input = screen.getByLabelText('Arquivo de cenário Kafka (.json)');
    const bad = new File(['{"mode":"kafka","version":1,"nodes":[{"id":"t","kind":"topic","name":"no spaces"}]}'], 'bad.json');
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/não é válido no Kafka/));
    expect(editor.getState().doc.title).toBe('ordering');
    const good = new File([JSON.stringify(kafkaScenarioToPlain(presetDoc('compaction')))], 'good.json');
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(editor.getState().doc.title).toBe('compaction'));
  });
});

describe('the real-Kafka panel', () => {
  it('shows the topic commands, the connector configurations and the producer program', () => {
    renderKafka(presetDoc('connect-pipeline'));
    fireEvent.click(screen.getByRole('button', { name: 'Real Kafka' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('kafka-topics.sh').value).toContain('--create --topic connect-test');
    expect(screen.getByLabelText<HTMLTextAreaElement>('file-source.json').value).toContain('"connector.class": "org.apache.kafka.connect.file.FileStreamSourceConnector"');
    expect(screen.getByLabelText<HTMLTextAreaElement>('file-sink.json').value).toContain('"topics": "connect-test"');
    expect(screen.getByRole('button', { name: /Download producer\.js/ })).toBeTruthy();
  });
});
