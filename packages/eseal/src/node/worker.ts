// Worker thread for verifySealedDocumentsInParallel: verifies one slice of the documents with its own
// verifier and streams the reports back in chunks, so the main thread receives them while work goes on.
import { parentPort, workerData } from 'node:worker_threads';
import type { VerificationReport } from '../report/types';
import { createVerifier } from '../verifier/create-verifier';
import type { BatchTask } from './batch';

/** Reports per message: large enough to amortise messaging, small enough to overlap with verification. */
const CHUNK = 250;

async function run(task: BatchTask): Promise<void> {
  const verifier = createVerifier(task.options);
  let chunk: VerificationReport[] = [];
  for (const doc of task.documents) {
    chunk.push(await verifier.verifySealedDocument(doc, { at: task.at }));
    if (chunk.length === CHUNK) {
      parentPort!.postMessage(chunk);
      chunk = [];
    }
  }
  parentPort!.postMessage(chunk);
  parentPort!.postMessage(null);
}

void run(workerData as BatchTask);
