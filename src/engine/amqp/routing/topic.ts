// Topic-exchange routing (broker-semantics A.4): the public surface the AMQP engine imports.
// Split by concern: words and the normative matcher, the fast index, the teaching trace.

export { splitTopic, topicMatches } from './topic-words';
export { TopicIndex, type TopicIndexOptions } from './topic-index';
export { explainTopicMatch, type TopicStep, type TopicTrace } from './topic-explain';
