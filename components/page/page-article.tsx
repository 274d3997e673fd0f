import type { Page } from '@/lib/models/page'
import { RichText } from '../rich-text/rich-text'
import '../post/post.css'

/** An editor's page: its title, the summary as the lead, and the text, in the same column and type as a post. */
export function PageArticle({ page }: { page: Page }) {
  return (
    <article className="post">
      <header className="post-header page-header">
        <h1>{page.title}</h1>
        <p className="post-dek">{page.summary}</p>
      </header>
      <div className="page-body">
        <RichText value={page.body} />
      </div>
    </article>
  )
}
