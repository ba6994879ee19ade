// One icon per node kind and exchange type, shared by the palette and the nodes.
export const EXCHANGE_ICONS = { direct: '→', fanout: '⇉', topic: '✱', headers: '≡' } as const;
export const NODE_ICONS = { producer: '✉', exchange: '⇄', queue: '☰', consumer: '⚙' } as const;
