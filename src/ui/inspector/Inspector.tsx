/** Placeholder: the inspector edits whatever is selected. */
export function Inspector() {
  return <aside className="bl-inspector" />;
}
