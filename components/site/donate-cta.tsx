import { ExternalLink } from '../rich-text/links'
import './site.css'

/** The ask at the end of a post, where a reader who got this far is most likely to give. */
export function DonateCta({ title, donateUrl }: { title: string; donateUrl: string }) {
  return (
    <aside className="donate-cta" aria-labelledby="donate-heading">
      <h2 id="donate-heading">Support this work</h2>
      <p>
        {title} is funded by people who read posts like this one. A regular gift pays for research, advocacy and
        services led by survivors.
      </p>
      <p>
        <ExternalLink href={donateUrl} className="button-link">
          Donate to {title}
        </ExternalLink>
      </p>
    </aside>
  )
}
