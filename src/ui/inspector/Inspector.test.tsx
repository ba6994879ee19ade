import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BindingEdge, ProducerNode, QueueNode } from '../../scenario/types';
import { renderInspector } from './test-harness';

afterEach(cleanup);

function edit(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
}

describe('Inspector: queue', () => {
  it('commits x-max-length to the document as one undo step', async () => {
    const { store, node } = await renderInspector({ select: ['n3'] });
    const before = store.getState().history.past.length;
    edit(screen.getByLabelText('x-max-length'), '10');
    expect((node('n3') as QueueNode).args.maxLength).toBe(10);
    expect(store.getState().history.past.length).toBe(before + 1);
    // Clearing the field removes the argument.
    edit(screen.getByLabelText('x-max-length'), '');
    expect('maxLength' in (node('n3') as QueueNode).args).toBe(false);
  });

  it.each([
    ['-1', 'Must be at least 0.'],
    ['abc', 'Enter a whole number.'],
    ['1.5', 'Enter a whole number.'],
  ])('refuses x-max-length %s with its reason and leaves the document alone', async (text, reason) => {
    const { store } = await renderInspector({ select: ['n3'] });
    const doc = store.getState().doc;
    const input = screen.getByLabelText('x-max-length');
    edit(input, text);
    expect(store.getState().doc).toBe(doc);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input)).toContain(reason);
    expect((input as HTMLInputElement).value).toBe(text);
  });

  it.each([
    ['billing', 'There is already a queue named "billing".'],
    ['amq.x', 'reserved for the broker'],
    ['', 'Required.'],
  ])('refuses the queue name %j', async (text, reason) => {
    const { store } = await renderInspector({ select: ['n3'] });
    const doc = store.getState().doc;
    const input = screen.getByLabelText('Name');
    edit(input, text);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().doc).toBe(doc);
    expect(screen.getByText(reason, { exact: false })).toBeTruthy();
  });

  it('renames on Enter, and Escape reverts a draft', async () => {
    const { node } = await renderInspector({ select: ['n3'] });
    const input = screen.getByLabelText<HTMLInputElement>('Name');
    fireEvent.change(input, { target: { value: 'shipping' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('orders');
    fireEvent.blur(input);
    expect(node('n3').name).toBe('orders');

    fireEvent.change(input, { target: { value: 'amq.bad' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(input, { target: { value: 'shipping' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(node('n3').name).toBe('shipping');
  });

  it('does not record an undo step when nothing changed', async () => {
    const { store } = await renderInspector({ select: ['n3'] });
    const before = store.getState().history.past.length;
    const input = screen.getByLabelText('Name');
    fireEvent.focus(input);
    fireEvent.blur(input);
    edit(screen.getByLabelText('x-max-priority'), '');
    expect(store.getState().history.past.length).toBe(before);
  });

  it('enforces the quorum rules and keeps x-delivery-limit for quorum queues', async () => {
    const { node } = await renderInspector({ select: ['n3'] });
    const delivery = screen.getByLabelText<HTMLInputElement>('x-delivery-limit');
    expect(delivery.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Exclusive'));
    expect(node('n3')).toMatchObject({ exclusive: true });
    const type = screen.getByLabelText('x-queue-type');
    fireEvent.change(type, { target: { value: 'quorum' } });
    expect((node('n3') as QueueNode).args.queueType).toBeUndefined();
    expect(screen.getByText('Quorum queues cannot be exclusive.', { exact: false })).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Exclusive'));
    fireEvent.change(type, { target: { value: 'quorum' } });
    expect((node('n3') as QueueNode).args.queueType).toBe('quorum');
    edit(screen.getByLabelText('x-delivery-limit'), '5');
    expect((node('n3') as QueueNode).args.deliveryLimit).toBe(5);
    fireEvent.change(screen.getByLabelText('x-overflow'), { target: { value: 'reject-publish-dlx' } });
    expect((node('n3') as QueueNode).args.overflow).toBeUndefined();
    fireEvent.click(screen.getByLabelText('Durable'));
    expect(node('n3')).toMatchObject({ durable: true });
  });

  it('offers exchanges and the default exchange as dead-letter targets', async () => {
    const { node } = await renderInspector({ select: ['n3'] });
    const select = screen.getByLabelText('x-dead-letter-exchange');
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['(none)', 'default exchange ("")', 'orders-x', 'docs']);
    fireEvent.change(select, { target: { value: '' } });
    expect((node('n3') as QueueNode).args.deadLetterExchange).toBe('');
  });

  it('resets drafts when the selection changes', async () => {
    const { store } = await renderInspector({ select: ['n3'] });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'amq.oops' } });
    expect(screen.getByText('reserved for the broker', { exact: false })).toBeTruthy();
    act(() => store.getState().select({ nodes: ['n4'], edges: [] }));
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('billing');
    expect(screen.queryByText('reserved for the broker', { exact: false })).toBeNull();
  });
});

describe('Inspector: exchange and bindings', () => {
  it('refuses a duplicate or empty exchange name and lists other exchanges as alternates', async () => {
    const { node } = await renderInspector({ select: ['n2'] });
    edit(screen.getByLabelText('Name'), 'docs');
    expect(screen.getByText('There is already an exchange named "docs".')).toBeTruthy();
    edit(screen.getByLabelText('Name'), '');
    expect(screen.getByText('the empty name is the default exchange', { exact: false })).toBeTruthy();
    expect(node('n2').name).toBe('orders-x');
    fireEvent.change(screen.getByLabelText('Alternate exchange'), { target: { value: 'docs' } });
    expect(node('n2')).toMatchObject({ alternateExchange: 'docs' });
  });

  it('edits a binding key with a hint for the exchange type', async () => {
    const { edge } = await renderInspector({ select: ['e2'] });
    expect(screen.getByText('Exact match', { exact: false })).toBeTruthy();
    edit(screen.getByLabelText('Binding key'), 'paid');
    expect((edge('e2') as BindingEdge).key).toBe('paid');
  });

  it('adds a typed int argument to a headers binding', async () => {
    const { edge } = await renderInspector({ select: ['e4'] });
    expect(screen.queryByLabelText('Binding key')).toBeNull();
    fireEvent.change(screen.getByLabelText('x-match'), { target: { value: 'any' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add argument' }));
    expect((edge('e4') as BindingEdge).args).toEqual([{ key: 'key', value: { kind: 'string', value: '' } }]);
    edit(screen.getByLabelText('Key'), 'level');
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'int' } });
    edit(screen.getByLabelText('Value'), '1');
    const binding = edge('e4') as BindingEdge;
    expect(binding.xMatch).toBe('any');
    expect(binding.args).toEqual([{ key: 'level', value: { kind: 'int', value: 1 } }]);

    edit(screen.getByLabelText('Value'), '1.5');
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    expect((edge('e4') as BindingEdge).args[0].value).toEqual({ kind: 'int', value: 1 });

    fireEvent.click(screen.getByRole('button', { name: 'Remove level' }));
    expect((edge('e4') as BindingEdge).args).toEqual([]);
  });

  it('explains publish and subscription links and deletes them', async () => {
    const { store } = await renderInspector({ select: ['e3'] });
    expect(screen.getByText('Consumer worker consumes from queue orders (basic.consume).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(store.getState().doc.edges.some((e) => e.id === 'e3')).toBe(false);
  });
});

describe('Inspector: producer', () => {
  it('shows where JSON breaks and does not commit it', async () => {
    const { node } = await renderInspector({ select: ['n1'] });
    const body = screen.getByLabelText('Body');
    edit(body, '{"a": }');
    expect(errorOf(body)).toContain('Not valid JSON at line 1, column 7: unexpected "}".');
    expect((node('n1') as ProducerNode).message.payload).toBe('{"id": 1}');
    edit(body, '{"a": 2}');
    expect((node('n1') as ProducerNode).message.payload).toBe('{"a": 2}');
    expect(screen.getByText('Size: 8 bytes')).toBeTruthy();
  });

  it('switches the payload to Base64 keeping its bytes, and validates Base64', async () => {
    const { node } = await renderInspector({ select: ['n1'] });
    fireEvent.change(screen.getByLabelText('Form'), { target: { value: 'base64' } });
    const msg = () => (node('n1') as ProducerNode).message;
    expect(msg()).toMatchObject({ payloadKind: 'base64', payload: btoa('{"id": 1}') });
    edit(screen.getByLabelText('Body'), 'not base64!');
    expect(screen.getByText('Not valid Base64', { exact: false })).toBeTruthy();
    expect(msg().payload).toBe(btoa('{"id": 1}'));
  });

  it('warns about large payloads', async () => {
    await renderInspector({ select: ['n1'] });
    edit(screen.getByLabelText('Body'), JSON.stringify({ big: 'x'.repeat(140 * 1024) }));
    expect(screen.getByRole('status').textContent).toContain('Messages should be small');
  });

  it('validates properties: expiration is digits, priority 0-255', async () => {
    const { node } = await renderInspector({ select: ['n1'] });
    const props = () => (node('n1') as ProducerNode).message.properties;
    edit(screen.getByLabelText('Expiration (expiration)'), '-5');
    expect(screen.getByText('Digits only', { exact: false })).toBeTruthy();
    expect(props().expiration).toBeUndefined();
    edit(screen.getByLabelText('Expiration (expiration)'), '60000');
    expect(props().expiration).toBe('60000');
    edit(screen.getByLabelText('Priority (priority)'), '256');
    expect(props().priority).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Delivery mode (delivery_mode)'), { target: { value: '1' } });
    expect(props().deliveryMode).toBe(1);
  });

  it('adds a message header and edits the schedule keys', async () => {
    const { node } = await renderInspector({ select: ['n1'] });
    fireEvent.click(screen.getByRole('button', { name: '+ Add header' }));
    expect((node('n1') as ProducerNode).message.headers).toHaveLength(1);
    edit(screen.getByLabelText('Routing keys to cycle through'), 'a.b\n\nc.d');
    expect((node('n1') as ProducerNode).schedule.keys).toEqual(['a.b', 'c.d']);
    edit(screen.getByLabelText('Rate (messages per second)'), '0');
    expect(screen.getByText('Must be greater than 0.')).toBeTruthy();
  });

  it('publishes now through the prop, and is inert without it', async () => {
    const onPublish = vi.fn();
    await renderInspector({ select: ['n1'], onPublish });
    fireEvent.click(screen.getByRole('button', { name: 'Publish now' }));
    expect(onPublish).toHaveBeenCalledWith('n1');
    cleanup();
    await renderInspector({ select: ['n1'] });
    const button = screen.getByRole('button', { name: 'Publish now' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('title')).toContain('available with the simulation');
  });
});

describe('Inspector: consumer, summary, language', () => {
  it('edits a consumer: negative priority is fine, negative prefetch is not', async () => {
    const { node } = await renderInspector({ select: ['n5'] });
    edit(screen.getByLabelText('Consumer priority (x-priority)'), '-3');
    expect(node('n5')).toMatchObject({ priority: -3 });
    edit(screen.getByLabelText('Prefetch (basic.qos)'), '-1');
    expect(node('n5')).toMatchObject({ prefetch: 1 });
    fireEvent.change(screen.getByLabelText('With each message'), { target: { value: 'reject-drop' } });
    expect(node('n5')).toMatchObject({ action: { kind: 'reject', requeue: false } });
  });

  it('summarises the scenario when nothing is selected, and deletes a multiple selection', async () => {
    const { store } = await renderInspector();
    expect(screen.getByText('Select a node or a link on the canvas to edit it.')).toBeTruthy();
    const queues = screen.getByText('Queues').parentElement!;
    expect(within(queues).getByText('2')).toBeTruthy();
    cleanup();
    const second = await renderInspector({ select: ['n3', 'n4'] });
    expect(screen.getByText('2 items selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(second.store.getState().doc.nodes.map((n) => n.id)).not.toContain('n3');
    expect(store).not.toBe(second.store);
  });

  it('speaks Portuguese', async () => {
    await renderInspector({ select: ['n3'], lang: 'pt-BR' });
    expect(screen.getByRole('heading', { name: 'Fila', level: 3 })).toBeTruthy();
    expect(screen.getByLabelText('Nome')).toBeTruthy();
    expect(screen.getByLabelText('Durável')).toBeTruthy();
    edit(screen.getByLabelText('x-max-length'), '-1');
    expect(screen.getByText('Deve ser no mínimo 0.')).toBeTruthy();
    edit(screen.getByLabelText('Nome'), 'billing');
    expect(screen.getByText('Já existe uma fila chamada "billing".')).toBeTruthy();
  });
});
