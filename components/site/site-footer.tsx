import { ExternalLink } from '../rich-text/links'

export function SiteFooter({ title, donateUrl }: { title: string; donateUrl?: string }) {
  return (
    <footer className="site-footer">
      {donateUrl ? (
        <p>
          <ExternalLink href={donateUrl}>Donate to {title}</ExternalLink>
        </p>
      ) : null}
      <p>
        © {new Date().getFullYear()} {title}
      </p>
    </footer>
  )
}
