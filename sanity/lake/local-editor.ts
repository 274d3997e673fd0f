// The one person the local lake knows: every Studio on the lake is signed in as this editor, so the Studio's current
// user, the lake's `/users` answers and the identity on its transactions all name the same id. Plain data, so the
// Studio bundle can import it.

export const LOCAL_EDITOR = {
  id: 'pLocalEditor',
  name: 'Local Editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'sanity',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor', description: 'Reads, writes and publishes every document' }],
} as const

/** Sanity's user shape, as `/users/<id>` answers it. */
export const LOCAL_EDITOR_USER = {
  id: LOCAL_EDITOR.id,
  displayName: LOCAL_EDITOR.name,
  familyName: 'Editor',
  givenName: 'Local',
  middleName: null,
  imageUrl: null,
  isCurrentUser: true,
} as const
