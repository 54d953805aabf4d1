// Runs one peer tool over every article of a JSONL corpus, the way a user of that tool would
// (one call per article), and prints how many findings it made so the work is not optimised away.
import { readFileSync } from 'node:fs';

const [tool, corpus] = process.argv.slice(2);
const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
let findings = 0;

if (tool === 'retext') {
  const { retext } = await import('retext');
  const { default: intensify } = await import('retext-intensify');
  const processor = retext().use(intensify);
  for (const t of texts) findings += (await processor.process(t)).messages.length;
} else if (tool === 'write-good') {
  const { default: writeGood } = await import('write-good');
  for (const t of texts) findings += writeGood(t).length;
} else if (tool === 'wink-nlp') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  for (const t of texts) {
    const doc = nlp.readDoc(t);
    findings += doc.sentences().out().length + doc.tokens().filter((tk) => tk.out(its.pos) === 'AUX').length();
  }
} else {
  console.error(`run_peer.mjs: unknown tool ${tool}`);
  process.exit(2);
}
console.log(`${tool}: ${texts.length} articles, ${findings} findings`);
