// The entry of prepare.ts's threads when the TypeScript runs from source (tsx, vitest): a thread
// starts without the parent's loader, so tsx's is registered first, then the worker is imported.
import { register } from 'tsx/esm/api';

register();
await import('./derive-worker.ts');
