import { defineRule } from '../engine/rule';
import { documentsKeptLanguages } from './lexicon/documents-kept';

// The ad asks the worker to hand over original documents "for processing": the document demand
// itself (the control it gives is the separate rule documents-withheld).
export default defineRule({
  id: 'documents-surrendered',
  category: 'document-request',
  weight: 30,
  scoped: true,
  languages: documentsKeptLanguages(),
});
