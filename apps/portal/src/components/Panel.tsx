import type { HTMLAttributes, ReactNode } from 'react';

/**
 * A white box for phone pages. antd's Card brings its Tabs (and their overflow menu) along, ~23 KB of
 * gzipped JS the volunteer's first page cannot afford under the 300 KB budget; this is a styled section.
 */
export function Panel({ children, ...rest }: { children: ReactNode } & HTMLAttributes<HTMLElement>) {
  return (
    <section className="panel" {...rest}>
      {children}
    </section>
  );
}
