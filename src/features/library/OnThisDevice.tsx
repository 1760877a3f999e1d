import { Suspense, type ReactNode } from 'react';
import { useHydrated } from '../../ui/useHydrated';

/**
 * A part of the page that depends on this device (IndexedDB): `placeholder` (the same size) on
 * the build machine and while hydrating, then `children`, lazy, with the placeholder until they
 * load. Only this small component renders again when hydration is done, not the whole page.
 */
export function OnThisDevice({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  return hydrated ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
