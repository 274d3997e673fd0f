/** One way to share a post: a plain link to the network's own share page, so no third-party script runs here. */
export type ShareLink = { network: string; label: string; href: string }

export type Shareable = { title: string; summary: string; url: string }

export function buildShareLinks({ title, summary, url }: Shareable): ShareLink[] {
  const encoded = encodeURIComponent(url)
  const subject = encodeURIComponent(title)
  const body = encodeURIComponent(`${summary}\n\n${url}`)
  return [
    { network: 'email', label: 'Share by email', href: `mailto:?subject=${subject}&body=${body}` },
    { network: 'x', label: 'Share on X', href: `https://x.com/intent/post?text=${subject}&url=${encoded}` },
    {
      network: 'facebook',
      label: 'Share on Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    },
    {
      network: 'linkedin',
      label: 'Share on LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
    },
  ]
}
