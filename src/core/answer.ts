// The answer constructors the core and the adapters use (a refusal, a usage note, a failure), from the
// answers layer, so that nothing above the core reaches into it.
export { allCitations, answer, failure, refusal, usage } from '../answers/answer.ts';
