import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { href, navigate } from '../router';

/** An in-app link that keeps the browser's own link behaviour (open in a new tab) and navigates on a plain click. */
export function Link({ to, children, ...props }: { to: string; children: ReactNode; fw?: number; ff?: string; size?: string }) {
  return (
    <Anchor
      href={href(to)}
      size={props.size ?? 'sm'}
      fw={props.fw}
      ff={props.ff}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Anchor>
  );
}

export function BackLink({ to, label }: { to: string; label: string }) {
  return <Link to={to}>← {label}</Link>;
}
