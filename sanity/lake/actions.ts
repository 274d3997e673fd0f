import type { IncomingMessage, ServerResponse } from 'node:http'
import { identityOf, requireWriteAccess, type Access } from './auth'
import { lowerAction } from './action-lowering'
import { allow, type DataContext } from './data-routes'
import { ActionError, BadRequestError, MutationError } from './errors'
import { readJsonBody, sendJson } from './http'
import { applyMutationsTo, changesBetween, type AppliedMutation, type TransactionContext } from './mutations'
import { isRecord, type LakeDocument } from './types'

export type ActionsCall = { request: IncomingMessage; response: ServerResponse; access: Access }

/**
 * `POST /v<version>/data/actions/<dataset>`: `{actions, transactionId?, dryRun?}`, one atomic transaction for all
 * the actions, applied in order, answered `{transactionId}`. Refusals are precise 4xx answers: the Studio throws an
 * editor's pending edits away on any 4xx, and retries 5xx answers for ever.
 */
export async function handleActions({ request, response, access }: ActionsCall, context: DataContext): Promise<void> {
  allow(request, ['POST'])
  requireWriteAccess(access)
  const body = await readJsonBody(request)
  if (!isRecord(body) || !Array.isArray(body.actions) || body.actions.length === 0) {
    throw new BadRequestError('The request body must be {"actions": [...]} with at least one action')
  }
  const actions: unknown[] = body.actions
  const given = typeof body.transactionId === 'string' && body.transactionId !== '' ? body.transactionId : undefined
  const dryRun = body.dryRun === true
  const { transactionId } = await context.store.transact(
    { transactionId: given, identity: identityOf(access) },
    async (current, transaction) => {
      const working = new Map<string, LakeDocument>(current)
      const applied: AppliedMutation[] = []
      const touched: string[] = []
      const mutationContext: TransactionContext = {
        rev: transaction.id,
        now: transaction.timestamp,
        projectId: context.projectId,
        dataset: context.dataset,
      }
      for (const [index, action] of actions.entries()) {
        const mutations = lowerAction(action, working, index)
        try {
          const results = await applyMutationsTo(working, mutations, mutationContext, applied)
          touched.push(...results.map((result) => result.id))
        } catch (error) {
          if (!(error instanceof MutationError)) throw error
          const type = error.statusCode === 409 ? 'documentRevisionIDDoesNotMatchError' : 'invalidPatchError'
          throw new ActionError(error.statusCode, index, type, error.message)
        }
      }
      const changes = dryRun ? [] : changesBetween(current, working, touched)
      return { next: working, changes, mutations: applied, value: null }
    },
  )
  sendJson(response, 200, { transactionId })
}
