import { LazyMotion, m, MotionConfig, type HTMLMotionProps } from 'framer-motion';

// framer-motion animates the interface (panels, results, lists), never the message tokens (those
// are drawn by one rAF loop, docs/ARCHITECTURE.md). Only lazily loaded UI imports this module, so
// a first visit downloads none of it; LazyMotion + m keep even that small, and the animation
// features themselves load on first use. The user's reduced-motion preference turns movement off.
const features = () => import('./features').then((x) => x.default);

const FROM = {
  right: { opacity: 0, x: 24 },
  below: { opacity: 0, y: 8 },
  fade: { opacity: 0 },
} as const;

/** A div that eases in (~200 ms) when it mounts. */
export function Appear({ from = 'fade', ...props }: HTMLMotionProps<'div'> & { from?: keyof typeof FROM }) {
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={features} strict>
        <m.div initial={FROM[from]} animate={{ opacity: 1, x: 0, y: 0 }} transition={{ duration: 0.2, ease: 'easeOut' }} {...props} />
      </LazyMotion>
    </MotionConfig>
  );
}
