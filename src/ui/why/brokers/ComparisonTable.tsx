import { useT } from '../../../app/context';
import {
  COMPARED_BROKERS,
  COMPARISON,
  CONCEPTS,
  SIMULATION,
  type BrokerModelId,
  type ComparedBroker,
} from '../../../engine/integration';

interface Props {
  onRun: (model: BrokerModelId) => void;
}

/** Eight brokers against ten concepts. Concepts are rows so the table reads down one broker at a time. */
export function ComparisonTable({ onRun }: Props) {
  const t = useT();
  return (
    <div className="why-table-wrap" tabIndex={0} role="region" aria-labelledby="why-cmp-caption">
      <table className="why-table" data-testid="why-comparison">
        <caption id="why-cmp-caption">{t('why.brk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('why.brk.concept')}</th>
            {COMPARED_BROKERS.map((b) => (
              <th key={b} scope="col" data-broker={b}>
                <span className="why-broker-name">{t(`why.cmp.broker.${b}`)}</span>
                <BrokerSim broker={b} onRun={onRun} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CONCEPTS.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`why.cmp.concept.${c}`)}</th>
              {COMPARED_BROKERS.map((b) => (
                <td key={b}>{t(`why.cmp.${COMPARISON[b][c]}`)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BrokerSim({
  broker,
  onRun,
}: {
  broker: ComparedBroker;
  onRun: (m: BrokerModelId) => void;
}) {
  const t = useT();
  const sim = SIMULATION[broker];
  if (sim.kind === 'native')
    return <span className="why-badge is-good">{t('why.brk.native')}</span>;
  return (
    <span className="why-broker-sim">
      <span className="why-badge is-warn">{t('why.brk.closest')}</span>
      {sim.models.map((m) => (
        <button
          key={m}
          type="button"
          className="bl-btn why-run-scene"
          data-model={m}
          onClick={() => onRun(m)}
          aria-label={t('why.brk.runFor', {
            broker: t(`why.cmp.broker.${broker}`),
            model: t(`why.cmp.closest-model.${m}`),
          })}
        >
          ▶ {t(`why.cmp.closest-model.${m}`)}
        </button>
      ))}
    </span>
  );
}
