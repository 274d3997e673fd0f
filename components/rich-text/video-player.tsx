'use client'

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'

type Props = { title: string; providerName: string; embedUrl: string; watchUrl: string; poster: ReactNode }

const noSubscription = () => () => {}
const inBrowser = () => true
const onServer = () => false

/**
 * The one piece of a video that runs in the browser. The server renders a link to the video's page, which is all a
 * reader without JavaScript gets; once hydrated it becomes a play button, and only pressing it loads the provider's
 * player, so no request reaches YouTube or Vimeo before the reader chooses to play.
 */
export function VideoPlayer({ title, providerName, embedUrl, watchUrl, poster: posterImage }: Props) {
  const hydrated = useSyncExternalStore(noSubscription, inBrowser, onServer)
  const [playing, setPlaying] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  // The button the reader pressed is gone; keyboard focus moves into the player that replaced it.
  useEffect(() => {
    if (playing) frame.current?.focus()
  }, [playing])

  if (playing) {
    return (
      <iframe
        ref={frame}
        className="video-frame"
        src={embedUrl}
        title={title}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    )
  }
  const poster = (action: string) => (
    <>
      {posterImage}
      <span className="video-label">
        <span className="video-action">
          <svg className="video-play-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 0a12 12 0 1 0 0 24a12 12 0 1 0 0-24z" />
            <path d="M9.5 7v10l8-5z" />
          </svg>
          {action}
        </span>
        <span className="video-title">{title}</span>
      </span>
    </>
  )
  // Named by its visible words, in reading order: "Play video", the title, then where it plays from.
  return hydrated ? (
    <button type="button" className="video-frame video-poster" onClick={() => setPlaying(true)}>
      {poster('Play video')}
      <span className="video-note">Plays from {providerName}</span>
    </button>
  ) : (
    <a className="video-frame video-poster" href={watchUrl}>
      {poster(`Watch on ${providerName}`)}
    </a>
  )
}
