/** Placeholder until the simulation store exists: the queue's FIFO row is drawn from engine state. */
export function QueueContents(_props: { name: string }) {
  return null;
}
