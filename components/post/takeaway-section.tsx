import type { TakeawaySection as TakeawaySectionData } from '@/lib/models/post'
import { RichText } from '../rich-text/rich-text'

export function TakeawaySection({ section }: { section: TakeawaySectionData }) {
  return (
    <section className="takeaway-section" aria-labelledby={section.anchorId}>
      <h2 id={section.anchorId}>{section.title}</h2>
      {section.takeaways.map((takeaway) => (
        <div className="takeaway" key={takeaway.key}>
          {takeaway.heading ? <h3 id={takeaway.anchorId}>{takeaway.heading}</h3> : null}
          <RichText value={takeaway.body} />
        </div>
      ))}
    </section>
  )
}
