import { useMemo } from 'react';
import { usePrefs, useT, useUi } from '../../../app/context';
import { styleLabel } from '../labels';
import { chartColumns, type ChartMetric } from './chart-data';
import { useLab } from './context';
import { LineChart, type ChartSeries } from './LineChart';
import { looksFor } from './palette';
import { Swatch } from './StyleCards';

const CHARTS: readonly ChartMetric[] = ['backlog', 'latency', 'notDone'];

/** The figures over simulated time: backlog, latency p95 and orders not done, one line per style. */
export function Charts() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const theme = usePrefs((s) => s.theme);
  const presenter = useUi((s) => s.presenter);
  const session = useLab((s) => s.session);
  const frame = useLab((s) => s.frame);
  const styles = session.setup.config.styles;
  const series: ChartSeries[] = useMemo(() => {
    const looks = looksFor(styles);
    return styles.map((s) => ({ label: styleLabel(t, s.id, s.kind), ...looks[s.id] }));
  }, [styles, t]);
  const ids = useMemo(() => styles.map((s) => s.id), [styles]);
  const data = useMemo(
    () => CHARTS.map((m) => chartColumns(session.samples(), ids, m)),
    // frame: the samples grew since the last refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, ids, frame],
  );

  return (
    <section className="why-charts-wrap" aria-label={t('why.chart.label')}>
      <ul className="why-legend" aria-label={t('why.chart.legend')}>
        {series.map((s) => (
          <li key={s.label}>
            <Swatch look={s} />
            {s.label}
          </li>
        ))}
      </ul>
      <div className="why-charts">
        {CHARTS.map((m, i) => (
          <LineChart
            key={m}
            title={t(`why.chart.${m}`)}
            xLabel={t('why.chart.time')}
            yLabel={t(`why.chart.${m}.unit`)}
            series={series}
            data={data[i]}
            look={`${theme}:${lang}`}
            large={presenter}
          />
        ))}
      </div>
    </section>
  );
}
