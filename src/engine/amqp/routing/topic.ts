// Topic-exchange routing (broker-semantics A.4): the public surface the AMQP engine imports.
// Split by concern: words and the normative matcher, the fast index. The teaching trace
// (./topic-explain) is imported from its own module: only the event log's "why" needs it.

export { splitTopic, topicMatches } from './topic-words';
export { TopicIndex, type TopicIndexOptions } from './topic-index';
