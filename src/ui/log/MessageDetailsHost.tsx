import { lazy, Suspense } from 'react';
import { useSim } from '../../app/context';

// The details drawer loads on the first selection of a message, not with the first visit.
const MessageDetails = lazy(() => import('./MessageDetails'));

export function MessageDetailsHost() {
  const id = useSim((s) => s.selectedMessage);
  if (id === null) return null;
  return (
    <Suspense fallback={null}>
      <MessageDetails id={id} />
    </Suspense>
  );
}
