/** A section's outcome: what happened, in the user's language; errors are announced. */
export interface StatusMessage {
  tone: 'ok' | 'error' | 'info';
  lines: string[];
}

export function Status({ status, testId }: { status: StatusMessage | null; testId?: string }) {
  if (!status || status.lines.length === 0) return <div aria-live="polite" />;
  const [head, ...rest] = status.lines;
  return (
    <div className={`bl-share-status is-${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <p>{head}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
