import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Access } from './auth'
import { MethodNotAllowedError, NotFoundError, UnauthorizedError } from './errors'
import { readJsonBody, sendJson } from './http'
import { LOCAL_EDITOR, LOCAL_EDITOR_USER } from './local-editor'
import { createPresenceSocket, type PresenceSocket } from './presence-socket'
import { KeyValueStore, parseKeyValuePairs } from './studio-keyvalue'

// What Sanity Studio asks for on start-up and around the edges, outside the data API: the project, the dataset's
// grants, the current user and their stored settings, and the cloud features it probes for. Each answer has the shape
// Sanity's API gives, so the Studio shows no error toast; the cloud-only features (scheduled publishing, comments,
// releases, telemetry, announcements) answer as switched off. The data API (query, mutate, listen, actions, history)
// lives elsewhere in the lake.

export type StudioRoutesOptions = { projectId: string; dataset: string; dataDir: string }

type Call = { request: IncomingMessage; response: ServerResponse; url: URL; access: Access; params: string[] }
type Route = { method: 'GET' | 'PUT' | 'POST'; path: RegExp; handle: (call: Call) => unknown | Promise<unknown> }

const VERSIONED = /^\/v(?:\d+|X|\d{4}-\d{2}-\d{2})(\/.*)$/

/** Grants an editor has on Sanity: every document, drafts and versions included. */
const EDITOR_GRANTS = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history'] }]
/** A viewer token reads everything and its history, and writes nothing. */
const VIEWER_GRANTS = [{ filter: '_id in path("**")', permissions: ['read', 'history'] }]
/** Anonymous readers see published documents only (ids without a dot), as on a public dataset. */
const ANONYMOUS_GRANTS = [{ filter: '_id in path("*")', permissions: ['read'] }]

const PROJECT_CREATED_AT = '2026-01-01T00:00:00.000Z'

export type StudioRoutes = {
  /** Answers the request and resolves true when it is one of these routes; resolves false otherwise. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, access: Access): Promise<boolean>
  /** The HTTP server's `upgrade` handler: the presence socket. */
  upgrade: PresenceSocket['upgrade']
  /** Ends the presence sockets, which the HTTP server's own close would wait on for ever. */
  close(): void
}

export function createStudioRoutes({ projectId, dataset, dataDir }: StudioRoutesOptions): StudioRoutes {
  const keyValues = new KeyValueStore(dataDir)
  const presence = createPresenceSocket({ dataset })
  const project = (id: string) => {
    if (id !== projectId) throw new NotFoundError(`Project "${id}" not found`)
  }
  const datasetOf = (id: string, name: string) => {
    project(id)
    if (name !== dataset) throw new NotFoundError(`Dataset "${name}" not found for project ID "${projectId}"`)
  }
  const signedIn = (access: Access) => {
    if (access === 'anonymous') throw new UnauthorizedError('Session not found: sign in with a token')
  }

  const routes: Route[] = [
    { method: 'GET', path: /^\/ping$/, handle: () => 'PONG' },
    { method: 'GET', path: /^\/check\/cors$/, handle: () => ({ result: { allowed: true, withCredentials: true } }) },
    { method: 'GET', path: /^\/users\/me$/, handle: ({ access }) => (access === 'anonymous' ? {} : LOCAL_EDITOR) },
    {
      method: 'GET',
      path: /^\/users\/me\/keyvalue\/([^/]+)$/,
      handle: ({ access, params }) => {
        signedIn(access)
        return keyValues.get(decodeURIComponent(params[0] ?? '').split(','))
      },
    },
    {
      method: 'PUT',
      path: /^\/users\/me\/keyvalue$/,
      handle: async ({ access, request }) => {
        signedIn(access)
        return keyValues.set(parseKeyValuePairs(await readJsonBody(request)))
      },
    },
    {
      method: 'GET',
      path: /^\/users\/([^/]+)$/,
      handle: ({ params }) => {
        const ids = decodeURIComponent(params[0] ?? '').split(',')
        const users = ids.map((id) => (id === LOCAL_EDITOR.id || id === 'me' ? LOCAL_EDITOR_USER : null))
        // One id gets the user itself, several get an array with null for the unknown ones, as Sanity answers.
        return ids.length === 1 ? users[0] : users
      },
    },
    {
      method: 'GET',
      path: /^\/projects\/([^/]+)$/,
      handle: ({ params, url }) => {
        project(params[0] ?? '')
        const members = url.searchParams.get('includeMembers') === 'false' ? {} : { members: [projectMember()] }
        return {
          id: projectId,
          displayName: 'Freedom Ledger (local lake)',
          studioHost: null,
          isBlocked: false,
          isDisabled: false,
          isDisabledByUser: false,
          metadata: {},
          organizationId: null,
          createdAt: PROJECT_CREATED_AT,
          ...members,
          features: [],
        }
      },
    },
    { method: 'GET', path: /^\/projects\/([^/]+)\/user-applications$/, handle: projectList(project) },
    { method: 'GET', path: /^\/projects\/([^/]+)\/grants$/, handle: ({ params }) => (project(params[0] ?? ''), {}) },
    {
      method: 'GET',
      path: /^\/projects\/([^/]+)\/datasets$/,
      handle: ({ params, url }) => {
        project(params[0] ?? '')
        // Comments and other add-ons live in datasets of their own on Sanity; the lake has none.
        if (url.searchParams.has('datasetProfile') && url.searchParams.get('datasetProfile') !== 'content') return []
        return [{ name: dataset, aclMode: 'private', createdAt: PROJECT_CREATED_AT, addonFor: null, tags: [] }]
      },
    },
    {
      method: 'GET',
      path: /^\/projects\/([^/]+)\/datasets\/([^/]+)\/acl$/,
      handle: ({ params, access }) => {
        datasetOf(params[0] ?? '', params[1] ?? '')
        return access === 'write' ? EDITOR_GRANTS : access === 'read' ? VIEWER_GRANTS : ANONYMOUS_GRANTS
      },
    },
    { method: 'GET', path: /^\/features$/, handle: () => [] },
    {
      method: 'GET',
      path: /^\/schedules\/([^/]+)\/([^/]+)$/,
      handle: ({ params }) => (datasetOf(params[0] ?? '', params[1] ?? ''), { schedules: [] }),
    },
    { method: 'GET', path: /^\/journey\/announcements$/, handle: () => [] },
    // Trials, upsells and plan limits: none apply to a local lake.
    { method: 'GET', path: /^\/journey\/.+$/, handle: () => null },
    { method: 'GET', path: /^\/help$/, handle: () => ({}) },
    { method: 'GET', path: /^\/intake\/telemetry-status$/, handle: () => ({ status: 'denied' }) },
    // The Studio offers its schema for Sanity's cloud tooling; the lake needs none of it, so nothing is missing.
    { method: 'POST', path: /^\/descriptors\/claim$/, handle: () => ({ synchronization: { type: 'complete' } }) },
    { method: 'POST', path: /^\/descriptors\/synchronize$/, handle: () => ({ type: 'complete' }) },
    // Cross-dataset references: a lake has one dataset, so no other dataset can refer to a document.
    {
      method: 'GET',
      path: /^\/data\/references\/([^/]+)\/documents\/([^/]+)\/to$/,
      handle: ({ params }) => (datasetOf(projectId, params[0] ?? ''), { totalCount: 0, references: [] }),
    },
    {
      method: 'GET',
      path: /^\/data\/ping\/([^/]+)$/,
      handle: ({ params }) => (datasetOf(projectId, params[0] ?? ''), 'PONG'),
    },
  ]

  return {
    upgrade: (request, socket, head) => presence.upgrade(request, socket, head),
    close: () => presence.close(),
    async handle(request, response, url, access) {
      const versioned = VERSIONED.exec(url.pathname)?.[1]
      if (versioned === undefined) return false
      const matching = routes.filter((route) => route.path.test(versioned))
      if (matching.length === 0) return false
      const route = matching.find((candidate) => candidate.method === request.method)
      if (!route) {
        throw new MethodNotAllowedError(request.method ?? '', [...new Set(matching.map((match) => match.method))])
      }
      const params = (route.path.exec(versioned) ?? []).slice(1)
      const body = await route.handle({ request, response, url, access, params })
      if (typeof body === 'string') sendText(response, body)
      else sendJson(response, 200, body)
      return true
    },
  }
}

function projectMember() {
  return {
    id: LOCAL_EDITOR.id,
    createdAt: PROJECT_CREATED_AT,
    isCurrentUser: true,
    isRobot: false,
    roles: LOCAL_EDITOR.roles,
  }
}

function projectList(project: (id: string) => void) {
  return ({ params }: Call) => (project(params[0] ?? ''), [])
}

function sendText(response: ServerResponse, text: string): void {
  response.writeHead(200, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}
