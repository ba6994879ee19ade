import { registerMessages } from '../../i18n/translate';
import { kafkaEn, kafkaPt } from '../../i18n/parts/kafka';
import { useT } from '../../app/context';

// Loaded only when the user opens the Kafka mode: its words come with it.
registerMessages(kafkaEn, kafkaPt);

export default function KafkaWorkspace() {
  const t = useT();
  return (
    <section className="placeholder">
      <h1>{t('mode.kafka')}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </section>
  );
}
