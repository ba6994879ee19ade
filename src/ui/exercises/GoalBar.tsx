import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor, useEditorStore, useT, useUi, useUiStore } from '../../app/context';
import { describeFailure, text } from '../../exercises/describe';
import { LockIcon, TargetIcon } from './icons';
import { RichText } from './RichText';
import { sessionFor, stillOnExercise } from './session';

const LOCK_SVG =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='3' y='7' width='10' height='7' rx='1.5'/%3E%3Cpath d='M5 7V5a3 3 0 0 1 6 0v2' fill='none' stroke='black' stroke-width='1.6'/%3E%3C/svg%3E\")";

/** A small lock after the title of each locked node on the canvas (the canvas is not ours to edit). */
function LockMarks({ nodes }: { nodes: readonly string[] }) {
  if (nodes.length === 0) return null;
  const selector = nodes
    .map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"] .bl-node-title::after`)
    .join(',\n');
  const css = `${selector} { content: ''; display: inline-block; width: 0.8em; height: 0.8em; margin-left: 4px; vertical-align: -1px; background: currentColor; opacity: 0.6; -webkit-mask: ${LOCK_SVG} no-repeat center / contain; mask: ${LOCK_SVG} no-repeat center / contain; }`;
  return <style>{css}</style>;
}

interface Box {
  top: number;
  left: number;
  width: number;
}

/** Where the canvas is on screen: the bar sits at its top-left corner, over the canvas only. */
function useCanvasBox(): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useLayoutEffect(() => {
    let frame = 0;
    let observed: Element | null = null;
    const observer = new ResizeObserver(() => measure());
    const measure = () => {
      const pane = document.querySelector(
        '.bl-workspace:not(.kf-workspace):not(.bl-workspace-readonly) .react-flow',
      );
      if (pane !== observed) {
        if (observed) observer.unobserve(observed);
        if (pane) observer.observe(pane);
        observed = pane;
      }
      const r = pane?.getBoundingClientRect();
      const next =
        r && r.width > 0
          ? {
              top: Math.round(r.top + 8),
              left: Math.round(r.left + 8),
              width: Math.round(r.width - 16),
            }
          : null;
      setBox((prev) =>
        prev?.top === next?.top && prev?.left === next?.left && prev?.width === next?.width
          ? prev
          : next,
      );
    };
    // The canvas can come and go (another mode, a lazy load): look again now and then, cheaply.
    const poll = () => {
      measure();
      frame = window.setTimeout(poll, 500);
    };
    poll();
    window.addEventListener('resize', measure);
    return () => {
      window.clearTimeout(frame);
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return box;
}

/**
 * The goal while the student works: the exercise's title and goal over the canvas, "Check my
 * solution" with its feedback, why an edit was refused, and a way back to hints and details. It
 * stays when the Exercises panel closes and can be folded away to a small button.
 */
export function GoalBar() {
  const t = useT();
  const editor = useEditorStore();
  const ui = useUiStore();
  const session = sessionFor(editor);
  const ex = useStore(session, (s) => s.exercise);
  const checked = useStore(session, (s) => s.checked);
  const refusal = useStore(session, (s) => s.refusal);
  const collapsed = useStore(session, (s) => s.barCollapsed);
  const doc = useEditor((s) => s.doc);
  const panel = useUi((s) => s.panel);
  const box = useCanvasBox();
  const expandRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  // Folding moves focus to the button that unfolds, and back: keyboard users stay in place.
  const focusAfter = useRef<'expand' | 'collapse' | null>(null);
  const [showGoal, setShowGoal] = useState(false);
  useEffect(() => {
    if (focusAfter.current === 'expand') expandRef.current?.focus();
    if (focusAfter.current === 'collapse') collapseRef.current?.focus();
    focusAfter.current = null;
  });

  if (!ex) return null;
  const marks = <LockMarks nodes={ex.locked.nodes} />;
  // The panel shows all of this already; the bar needs the AMQP canvas on screen.
  if (panel === 'exercises' || !box) return marks;
  const style = {
    top: box.top,
    left: box.left,
    width: 'max-content',
    maxWidth: Math.min(760, box.width),
  };
  const title = text(ex.title, t);

  if (collapsed)
    return (
      <div
        className="bl-ex-bar is-collapsed"
        style={style}
        role="region"
        aria-label={t('ex.bar.label')}
      >
        {marks}
        <button
          ref={expandRef}
          type="button"
          className="bl-btn"
          onClick={() => {
            focusAfter.current = 'collapse';
            session.getState().setBarCollapsed(false);
          }}
        >
          <TargetIcon /> {t('ex.bar.expand')}
        </button>
      </div>
    );

  const detached = !stillOnExercise(ex, doc);
  const stale = checked !== null && checked.doc !== doc;
  const first = checked && !checked.result.passed ? checked.result.failures[0] : null;
  return (
    <div className="bl-ex-bar" style={style} role="region" aria-label={t('ex.bar.label')}>
      {marks}
      <div className="bl-ex-bar-head">
        <strong className="bl-ex-bar-title" title={title.replaceAll('`', '')}>
          <TargetIcon /> <RichText text={title} />
        </strong>
        <span className="bl-ex-bar-buttons">
          <button
            type="button"
            className="bl-btn bl-btn-primary"
            onClick={() => session.getState().check()}
          >
            {t('ex.check')}
          </button>
          <button
            type="button"
            className="bl-btn"
            aria-expanded={showGoal}
            onClick={() => setShowGoal(!showGoal)}
          >
            {t('ex.goal')} {showGoal ? '▴' : '▾'}
          </button>
          <button
            type="button"
            className="bl-btn"
            onClick={() => ui.getState().openPanel('exercises')}
          >
            {t('ex.bar.details')}
          </button>
          <button
            ref={collapseRef}
            type="button"
            className="bl-btn bl-ex-bar-fold"
            aria-label={t('ex.bar.collapse')}
            title={t('ex.bar.collapse')}
            onClick={() => {
              focusAfter.current = 'expand';
              session.getState().setBarCollapsed(true);
            }}
          >
            ×
          </button>
        </span>
      </div>
      {showGoal && (
        <p className="bl-ex-bar-goal">
          <RichText text={text(ex.goal, t)} />
        </p>
      )}
      {detached && <p className="bl-ex-warn">{t('ex.bar.detached')}</p>}
      <div className="bl-ex-bar-live" aria-live="polite">
        {refusal && (
          <p className="bl-ex-refusal">
            <LockIcon /> <RichText text={describeFailure(refusal, t)} />
          </p>
        )}
        {checked && !refusal && (
          <p className={`bl-ex-bar-status ${checked.result.passed ? 'is-passed' : 'is-failed'}`}>
            {checked.result.passed ? (
              <>✓ {t('ex.result.passed')}</>
            ) : (
              <>
                ✗ <RichText text={first ? describeFailure(first, t) : ''} />
                {checked.result.failures.length > 1 && (
                  <> {t('ex.bar.more', { count: checked.result.failures.length - 1 })}</>
                )}
              </>
            )}
            {stale && <span className="bl-ex-stale"> {t('ex.result.stale')}</span>}
          </p>
        )}
      </div>
    </div>
  );
}
