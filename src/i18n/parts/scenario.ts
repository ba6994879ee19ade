// Loading, sharing and saving scenarios: restore issues (src/scenario/restore-issues.ts), share
// link errors (url-codec.ts), file import errors (file-io.ts) and the autosave draft (autosave.ts).
export const scenarioEn = {
  'scenario.issue.at': '{path}: {message}',

  'scenario.issue.doc.not-object': 'This is not a BrokerLab scenario (expected a JSON object).',
  'scenario.issue.doc.unreadable': 'This scenario could not be read.',
  'scenario.issue.doc.version.missing': 'No version given; read as version {version}.',
  'scenario.issue.doc.version.invalid': 'The version must be a whole number.',
  'scenario.issue.doc.version.newer':
    'Made by a newer BrokerLab (scenario version {version}; this one reads up to {supported}). Reload the page to update.',
  'scenario.issue.doc.version.unsupported': 'Scenario version {version} is too old to be read.',
  'scenario.issue.doc.migration.failed': 'Could not upgrade this scenario from version {from}.',
  'scenario.issue.doc.mode.unsupported': 'Scenarios of mode "{mode}" cannot be opened here.',
  'scenario.issue.doc.too-many-nodes': 'Too many nodes: {count} (at most {max}).',
  'scenario.issue.doc.too-many-edges': 'Too many connections: {count} (at most {max}).',
  'scenario.issue.doc.more-issues': '… and {count} more problems.',

  'scenario.issue.node.id.missing': 'The node has no id.',
  'scenario.issue.node.id.duplicate': 'Two nodes have the id "{id}".',
  'scenario.issue.node.kind.unknown': 'Unknown kind of node "{kind}".',

  'scenario.issue.value.not-string': 'Expected text.',
  'scenario.issue.value.not-number': 'Expected a number.',
  'scenario.issue.value.not-integer': 'Expected a whole number.',
  'scenario.issue.value.not-boolean': 'Expected true or false.',
  'scenario.issue.value.not-object': 'Expected an object.',
  'scenario.issue.value.not-array': 'Expected a list.',
  'scenario.issue.value.out-of-range': 'Must be between {min} and {max}.',
  'scenario.issue.value.empty': 'Must not be empty.',
  'scenario.issue.value.too-long': 'Too long: at most {max} bytes.',
  'scenario.issue.value.too-many': 'Too many entries: at most {max}.',
  'scenario.issue.value.not-one-of': 'Must be one of: {allowed}.',
  'scenario.issue.value.not-digits': 'Must be a number of milliseconds written as digits.',
  'scenario.issue.value.duplicate-key': 'The key "{key}" appears twice.',

  'scenario.issue.edge.not-object': 'A broken connection was removed.',
  'scenario.issue.edge.id.invalid': 'A connection had an unusable id; it is now "{id}".',
  'scenario.issue.edge.id.duplicate': 'Two connections had the same id; this one is now "{id}".',
  'scenario.issue.edge.kind.unknown': 'A connection of unknown kind "{kind}" was removed.',
  'scenario.issue.edge.missing-node': 'A connection to a node that does not exist ("{node}") was removed.',
  'scenario.issue.edge.same-node': 'A connection from a node to itself was removed.',
  'scenario.issue.edge.wrong-kinds': 'A {kind} cannot go from a {from} to a {to}; it was removed.',
  'scenario.issue.edge.producer-has-target': 'A producer publishes to one place only; its extra connection was removed.',
  'scenario.issue.edge.consumer-has-queue': 'A consumer reads one queue only; its extra subscription was removed.',
  'scenario.issue.edge.duplicate-binding': 'A repeated binding (same key and arguments) was removed.',
  'scenario.issue.edge.dropped': 'This connection was removed because of the problems above.',

  'scenario.edgeKind.publish': 'publish link',
  'scenario.edgeKind.binding': 'binding',
  'scenario.edgeKind.subscription': 'subscription',

  'scenario.link.not-a-scenario-link': 'This link does not contain a BrokerLab scenario.',
  'scenario.link.unknown-version':
    'This link was made by a newer BrokerLab (link format {version}). Reload the page to update, then open it again.',
  'scenario.link.truncated':
    'This link is incomplete: it was probably cut when it was pasted. Ask for the whole link, or for the scenario file.',
  'scenario.link.corrupted': 'This link is damaged and cannot be read. Ask for it again, or for the scenario file.',
  'scenario.link.too-large': 'This link holds more than BrokerLab will open ({max} bytes). Ask for the scenario file instead.',
  'scenario.link.invalid': 'This link holds a scenario BrokerLab cannot load:',
  'scenario.link.keptWork': 'Your current scenario was not changed.',
  'scenario.link.long': 'This link is long ({length} characters); some chat tools cut links this long.',
  'scenario.link.tooLong': 'This link is too long to share safely ({length} characters). Export a file instead.',

  'scenario.file.empty': 'The file is empty.',
  'scenario.file.too-large': 'The file is too large (over {max} characters).',
  'scenario.file.not-json': 'The file is not valid JSON (line {line}, column {column}).',
  'scenario.file.truncated': 'The file ends too early (line {line}, column {column}): it may be incomplete.',
  'scenario.file.wrong-format': 'This is a "{format}" file, not a BrokerLab scenario.',
  'scenario.file.rabbitmq-definitions':
    'This looks like a RabbitMQ definitions export, not a BrokerLab scenario file.',
  'scenario.file.invalid': 'This file holds a scenario BrokerLab cannot load:',

  'scenario.draft.quota': 'Autosave failed: the browser storage for this site is full. Export a file to keep your work.',
  'scenario.draft.unavailable': 'Autosave is off: this browser does not let the page store data. Export a file to keep your work.',
  'scenario.draft.corrupt':
    'Your last autosaved scenario could not be opened. It was kept in browser storage under "{key}" and nothing was deleted.',

  // Opening a shared link (src/app/link-open.ts, src/ui/share/LinkPrompt.tsx): shown at start-up.
  'link.ask.title': 'Open the shared scenario?',
  'link.ask.body': 'This link holds the scenario “{title}”. Opening it replaces the scenario on your canvas.',
  'link.ask.kept': 'Nothing is lost either way: your current work is kept in this browser, and Undo (Ctrl+Z) brings it back.',
  'link.ask.open': 'Open the link',
  'link.ask.keep': 'Keep my work',
  'link.untitled': 'untitled',
  'link.error.title': 'This link could not be opened',
  'link.opened': 'Opened the shared scenario “{title}”.',
  'link.opened.undo': 'Undo (Ctrl+Z) brings back what you had before; a copy is also kept in this browser.',
  'link.opened.undoOnly': 'Undo (Ctrl+Z) brings back what you had before.',
  'link.opened.adjusted': 'Some parts of it were adjusted:',
  'link.dismiss': 'Dismiss',
  'link.embed.label': 'Read-only view of “{title}”',
  'link.embed.open': 'Open in BrokerLab',
} as const;

export const scenarioPt: Record<keyof typeof scenarioEn, string> = {
  'scenario.issue.at': '{path}: {message}',

  'scenario.issue.doc.not-object': 'Isto não é um cenário do BrokerLab (esperava-se um objeto JSON).',
  'scenario.issue.doc.unreadable': 'Não foi possível ler este cenário.',
  'scenario.issue.doc.version.missing': 'Sem versão; lido como versão {version}.',
  'scenario.issue.doc.version.invalid': 'A versão deve ser um número inteiro.',
  'scenario.issue.doc.version.newer':
    'Feito por um BrokerLab mais novo (versão do cenário {version}; este lê até a {supported}). Recarregue a página para atualizar.',
  'scenario.issue.doc.version.unsupported': 'A versão {version} do cenário é antiga demais para ser lida.',
  'scenario.issue.doc.migration.failed': 'Não foi possível atualizar este cenário a partir da versão {from}.',
  'scenario.issue.doc.mode.unsupported': 'Cenários do modo "{mode}" não podem ser abertos aqui.',
  'scenario.issue.doc.too-many-nodes': 'Nós demais: {count} (no máximo {max}).',
  'scenario.issue.doc.too-many-edges': 'Conexões demais: {count} (no máximo {max}).',
  'scenario.issue.doc.more-issues': '… e mais {count} problemas.',

  'scenario.issue.node.id.missing': 'O nó não tem id.',
  'scenario.issue.node.id.duplicate': 'Dois nós têm o id "{id}".',
  'scenario.issue.node.kind.unknown': 'Tipo de nó desconhecido "{kind}".',

  'scenario.issue.value.not-string': 'Esperava-se um texto.',
  'scenario.issue.value.not-number': 'Esperava-se um número.',
  'scenario.issue.value.not-integer': 'Esperava-se um número inteiro.',
  'scenario.issue.value.not-boolean': 'Esperava-se true ou false.',
  'scenario.issue.value.not-object': 'Esperava-se um objeto.',
  'scenario.issue.value.not-array': 'Esperava-se uma lista.',
  'scenario.issue.value.out-of-range': 'Deve estar entre {min} e {max}.',
  'scenario.issue.value.empty': 'Não pode ficar vazio.',
  'scenario.issue.value.too-long': 'Longo demais: no máximo {max} bytes.',
  'scenario.issue.value.too-many': 'Itens demais: no máximo {max}.',
  'scenario.issue.value.not-one-of': 'Deve ser um destes: {allowed}.',
  'scenario.issue.value.not-digits': 'Deve ser um número de milissegundos escrito só com dígitos.',
  'scenario.issue.value.duplicate-key': 'A chave "{key}" aparece duas vezes.',

  'scenario.issue.edge.not-object': 'Uma conexão quebrada foi removida.',
  'scenario.issue.edge.id.invalid': 'Uma conexão tinha um id inutilizável; agora é "{id}".',
  'scenario.issue.edge.id.duplicate': 'Duas conexões tinham o mesmo id; esta agora é "{id}".',
  'scenario.issue.edge.kind.unknown': 'Uma conexão de tipo desconhecido "{kind}" foi removida.',
  'scenario.issue.edge.missing-node': 'Uma conexão com um nó que não existe ("{node}") foi removida.',
  'scenario.issue.edge.same-node': 'Uma conexão de um nó com ele mesmo foi removida.',
  'scenario.issue.edge.wrong-kinds': 'Um(a) {kind} não pode ir de {from} para {to}; foi removido(a).',
  'scenario.issue.edge.producer-has-target': 'Um produtor publica em um lugar só; a conexão a mais foi removida.',
  'scenario.issue.edge.consumer-has-queue': 'Um consumidor lê uma fila só; a assinatura a mais foi removida.',
  'scenario.issue.edge.duplicate-binding': 'Um binding repetido (mesma chave e argumentos) foi removido.',
  'scenario.issue.edge.dropped': 'Esta conexão foi removida por causa dos problemas acima.',

  'scenario.edgeKind.publish': 'ligação de publicação',
  'scenario.edgeKind.binding': 'binding',
  'scenario.edgeKind.subscription': 'assinatura',

  'scenario.link.not-a-scenario-link': 'Este link não contém um cenário do BrokerLab.',
  'scenario.link.unknown-version':
    'Este link foi feito por um BrokerLab mais novo (formato de link {version}). Recarregue a página para atualizar e abra-o de novo.',
  'scenario.link.truncated':
    'Este link está incompleto: provavelmente foi cortado ao ser colado. Peça o link inteiro, ou o arquivo do cenário.',
  'scenario.link.corrupted': 'Este link está danificado e não pode ser lido. Peça-o de novo, ou peça o arquivo do cenário.',
  'scenario.link.too-large': 'Este link contém mais do que o BrokerLab abre ({max} bytes). Peça o arquivo do cenário.',
  'scenario.link.invalid': 'Este link contém um cenário que o BrokerLab não consegue carregar:',
  'scenario.link.keptWork': 'Seu cenário atual não foi alterado.',
  'scenario.link.long': 'Este link é longo ({length} caracteres); algumas ferramentas de chat cortam links assim.',
  'scenario.link.tooLong': 'Este link é longo demais para compartilhar com segurança ({length} caracteres). Exporte um arquivo.',

  'scenario.file.empty': 'O arquivo está vazio.',
  'scenario.file.too-large': 'O arquivo é grande demais (mais de {max} caracteres).',
  'scenario.file.not-json': 'O arquivo não é um JSON válido (linha {line}, coluna {column}).',
  'scenario.file.truncated': 'O arquivo termina cedo demais (linha {line}, coluna {column}): pode estar incompleto.',
  'scenario.file.wrong-format': 'Este é um arquivo "{format}", não um cenário do BrokerLab.',
  'scenario.file.rabbitmq-definitions':
    'Isto parece uma exportação de definições do RabbitMQ, não um arquivo de cenário do BrokerLab.',
  'scenario.file.invalid': 'Este arquivo contém um cenário que o BrokerLab não consegue carregar:',

  'scenario.draft.quota':
    'O salvamento automático falhou: o armazenamento do navegador para este site está cheio. Exporte um arquivo para guardar seu trabalho.',
  'scenario.draft.unavailable':
    'O salvamento automático está desligado: este navegador não deixa a página guardar dados. Exporte um arquivo para guardar seu trabalho.',
  'scenario.draft.corrupt':
    'O último cenário salvo automaticamente não pôde ser aberto. Ele foi guardado no armazenamento do navegador como "{key}" e nada foi apagado.',

  'link.ask.title': 'Abrir o cenário compartilhado?',
  'link.ask.body': 'Este link contém o cenário “{title}”. Abri-lo substitui o cenário que está no seu canvas.',
  'link.ask.kept': 'Nada se perde: seu trabalho atual fica guardado neste navegador, e Desfazer (Ctrl+Z) o traz de volta.',
  'link.ask.open': 'Abrir o link',
  'link.ask.keep': 'Manter meu trabalho',
  'link.untitled': 'sem título',
  'link.error.title': 'Não foi possível abrir este link',
  'link.opened': 'Cenário compartilhado “{title}” aberto.',
  'link.opened.undo': 'Desfazer (Ctrl+Z) traz de volta o que você tinha antes; uma cópia também fica guardada neste navegador.',
  'link.opened.undoOnly': 'Desfazer (Ctrl+Z) traz de volta o que você tinha antes.',
  'link.opened.adjusted': 'Algumas partes foram ajustadas:',
  'link.dismiss': 'Fechar',
  'link.embed.label': 'Visualização somente leitura de “{title}”',
  'link.embed.open': 'Abrir no BrokerLab',
};
