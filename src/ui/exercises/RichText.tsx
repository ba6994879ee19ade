import { Fragment } from 'react';

/** Text with `backtick` spans shown as code: the exercises' goals, hints and feedback. */
export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last one literal.
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? <code key={i}>{p}</code> : <Fragment key={i}>{p}</Fragment>,
      )}
    </>
  );
}
