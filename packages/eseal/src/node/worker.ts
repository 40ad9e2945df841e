// Worker thread for verifySealedDocumentsInParallel: verifies one slice of the documents with its own verifier.
import { parentPort, workerData } from 'node:worker_threads';
import type { VerificationReport } from '../report/types';
import { createVerifier } from '../verifier/create-verifier';
import type { BatchTask } from './batch';

async function run(task: BatchTask): Promise<VerificationReport[]> {
  const verifier = createVerifier(task.options);
  const reports: VerificationReport[] = [];
  for (const doc of task.documents) reports.push(await verifier.verifySealedDocument(doc, { at: task.at }));
  return reports;
}

void run(workerData as BatchTask).then((reports) => parentPort!.postMessage(reports));
