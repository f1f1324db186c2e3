import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { documentsKeptLanguages } from './lexicon/documents-kept';

// The employer, agent or "coordinator" holds the worker's passport or papers: the worker cannot
// leave or change job. Retaining identity documents is a core ILO indicator of forced labour.
export default defineRule({
  id: 'documents-withheld',
  category: 'control-signals',
  weight: 40,
  scoped: true,
  match: [near(['KEEP', ['DOC', 'PAPERS']], { within: 8, unless: ['IN_PERSON'] })],
  languages: documentsKeptLanguages(),
});
