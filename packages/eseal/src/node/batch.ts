import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EsealError } from '../errors';
import type { SealedDocument } from '../jws/types';
import type { VerificationReport } from '../report/types';
import { resolveOptions, validationTime } from '../verifier/context';
import type { VerifierOptions } from '../verifier/options';

/** What one worker receives (structured-cloned). */
export interface BatchTask {
  options: VerifierOptions;
  at: string;
  documents: readonly (SealedDocument | string)[];
}

const source = import.meta.url.endsWith('.ts');

function runWorker(task: BatchTask): Promise<VerificationReport[]> {
  // From sources (tests, benchmarks) the worker is TypeScript: register the tsx loader inside the worker first.
  const url = new URL(source ? './worker.ts' : './worker.js', import.meta.url);
  const worker = source
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, {
        eval: true,
        workerData: task,
        execArgv: ['--conditions=@govkit/source'],
      })
    : // Reports are many short-lived objects: a larger young generation keeps workers out of constant scavenges.
      new Worker(url, { workerData: task, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 48 } });
  const reports: VerificationReport[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (chunk: VerificationReport[] | null) => {
      if (chunk) {
        for (const r of chunk) reports.push(r);
        return;
      }
      resolve(reports);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`verification worker exited with code ${code}`));
    });
  });
}

/**
 * Verifies many JSON sealed documents on all CPU cores: the documents are split into one contiguous
 * slice per worker thread, each worker builds its own verifier (chains and keys cached per worker),
 * and the reports come back in input order. Node.js only.
 *
 * @example
 * ```ts
 * import { verifySealedDocumentsInParallel } from '@govkit/eseal/node';
 * const reports = await verifySealedDocumentsInParallel(docs, { trust, at: '2026-06-01T00:00:00Z' });
 * ```
 */
export async function verifySealedDocumentsInParallel(
  documents: readonly (SealedDocument | string)[],
  options: VerifierOptions & { at: string; workers?: number },
): Promise<VerificationReport[]> {
  if (!Array.isArray(documents))
    throw new EsealError('INVALID_ARGUMENT', 'documents: expected an array', { field: 'documents' });
  validationTime(options?.at);
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new EsealError('INVALID_ARGUMENT', 'workers: expected an integer from 1 to 256', { field: 'workers' });
  }
  if (documents.length === 0) return [];
  const count = Math.min(workers, documents.length);
  const size = Math.ceil(documents.length / count);
  const verifierOptions: VerifierOptions = { trust: options.trust, ...(options.policy && { policy: options.policy }) };
  resolveOptions(verifierOptions); // fail here, with a typed error, rather than inside every worker
  const slices = Array.from({ length: count }, (_, i) => documents.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    slices.map((slice) => runWorker({ options: verifierOptions, at: options.at, documents: slice })),
  );
  return results.flat();
}
