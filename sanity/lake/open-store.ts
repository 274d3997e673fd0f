import { access } from 'node:fs/promises'
import { datasetFile, openDataset, type OpenDatasetOptions } from './dataset'
import { LOCAL_EDITOR } from './local-editor'
import { DocumentStore } from './store'
import { Translog, translogFile } from './translog'

/**
 * The dataset and its transaction log, reconciled: a log entry whose transaction never reached the dataset (the
 * process died in between) is dropped, and documents the log has never seen get a first entry.
 */
export async function openStore(options: OpenDatasetOptions): Promise<DocumentStore> {
  const file = datasetFile(options.dataDir, options.dataset)
  const fresh = await access(file).then(
    () => false,
    () => true,
  )
  const docs = await openDataset(options)
  const translog = await Translog.open(translogFile(options.dataDir, options.dataset), {
    docs,
    fresh,
    author: LOCAL_EDITOR.id,
    log: options.log,
  })
  return new DocumentStore({ file, docs, translog, now: options.now, log: options.log })
}
